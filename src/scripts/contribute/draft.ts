/** Drafts of the contribution form in localStorage, so a reload or a closed tab loses nothing. */
import type { FormValues } from '../../lib/contribute/sheet.ts';

export interface Draft {
  version: 1;
  savedAt: string;
  values: FormValues;
  body: string;
}

const key = () => `praktijkbank:bijdrage:${location.pathname}`;

export function loadDraft(): Draft | undefined {
  try {
    const raw = localStorage.getItem(key());
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (draft.version !== 1 || typeof draft.values !== 'object' || draft.values === null)
      return undefined;
    return {
      version: 1,
      savedAt: String(draft.savedAt ?? ''),
      values: draft.values,
      body: typeof draft.body === 'string' ? draft.body : '',
    };
  } catch {
    return undefined;
  }
}

export function saveDraft(values: FormValues, body: string): void {
  try {
    const draft: Draft = { version: 1, savedAt: new Date().toISOString(), values, body };
    localStorage.setItem(key(), JSON.stringify(draft));
  } catch {
    /* Storage full or disabled (private mode): the form keeps working without drafts. */
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(key());
  } catch {
    /* nothing to clear */
  }
}
