/**
 * The ways a finished sheet leaves the contribution form: a prefilled "new file" page on
 * the forge (which turns into a pull request), and an e-mail to the editors. Both are
 * plain links, so both have a length limit, and both have a fallback past it.
 */

export interface RepositorySettings {
  /** Web address of the repository, e.g. https://github.com/vvsg/praktijkbank */
  url: string;
  branch: string;
  /** Folder of the sheets inside the repository, e.g. content/practices */
  contentDir: string;
}

/**
 * Longest link we hand to the forge. GitHub answers 414 (or cuts the text) somewhere
 * above 8 KB; browsers and proxies in between are not all generous either.
 */
export const maxNewFileLinkLength = 8000;

/** Mail programs (Outlook in particular) drop or cut mailto links longer than about 2,000 characters. */
export const maxMailtoLength = 2000;

export type Forge = 'github' | 'unknown';

export function forgeOf(repositoryUrl: string): Forge {
  try {
    const host = new URL(repositoryUrl).hostname.toLowerCase();
    return host === 'github.com' || host.startsWith('github.') ? 'github' : 'unknown';
  } catch {
    return 'unknown';
  }
}

const trimSlashes = (value: string) => value.replace(/^\/+|\/+$/g, '');
const encodePath = (value: string) =>
  trimSlashes(value).split('/').filter(Boolean).map(encodeURIComponent).join('/');

export type NewFileLink =
  /** Opens the forge's editor with the file name and the whole text filled in. */
  | { ok: true; url: string; length: number }
  /**
   * The text does not fit in a link (or the forge is not one we know): the contributor
   * copies the text into the forge's editor (newFile, the file name already filled in)
   * or uploads the downloaded file (upload).
   */
  | {
      ok: false;
      reason: 'too-long' | 'unknown-forge';
      length: number;
      newFile?: string;
      upload?: string;
    };

/** GitHub's web editor, prefilled: `${repo}/new/${branch}/${dir}?filename=<slug>.mdx&value=<text>`. */
export function newFileLink(
  repo: RepositorySettings,
  fileName: string,
  text: string,
  max = maxNewFileLinkLength,
): NewFileLink {
  const base = trimSlashes(repo.url.trim()).replace(/\.git$/, '');
  if (forgeOf(base) !== 'github') return { ok: false, reason: 'unknown-forge', length: 0 };
  const folder = `${encodePath(repo.branch)}/${encodePath(repo.contentDir)}`;
  const newFile = `${base}/new/${folder}?filename=${encodeURIComponent(fileName)}`;
  const url = `${newFile}&value=${encodeURIComponent(text)}`;
  if (url.length <= max) return { ok: true, url, length: url.length };
  return {
    ok: false,
    reason: 'too-long',
    length: url.length,
    newFile,
    upload: `${base}/upload/${folder}`,
  };
}

export interface Mailto {
  url: string;
  /** False when the text did not fit: the body then asks the contributor to attach the downloaded file. */
  complete: boolean;
}

/** An e-mail to the editors with the sheet in the body, or, when too long, a request to attach it. */
export function mailtoLink(
  to: string,
  subject: string,
  body: string,
  fallbackBody: string,
  max = maxMailtoLength,
): Mailto {
  const build = (text: string) =>
    `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  const full = build(body);
  if (full.length <= max) return { url: full, complete: true };
  return { url: build(fallbackBody), complete: false };
}
