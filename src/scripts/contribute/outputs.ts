/**
 * The result panel: the finished sheet as a prefilled "new file" link on the forge, a
 * download, a copy to the clipboard and an e-mail to the editors.
 */
import { contribute } from '../../i18n/nl.ts';
import { mailtoLink, newFileLink, type RepositorySettings } from '../../lib/contribute/links.ts';

const t = contribute.result;

export interface Sheet {
  title: string;
  summary: string;
  category: string;
  municipalities: string[];
  slug: string;
  mdx: string;
  imageSrc?: string | undefined;
  /** The description rendered by the build's renderer (check-form.ts). */
  html: string;
}

/** The preview: the sheet's heading, intro and facts, and its description as the site renders it. */
function showPreview(sheet: Sheet): void {
  const heading = document.createElement('p');
  heading.className = 'cf-preview__title';
  heading.textContent = sheet.title;
  const intro = document.createElement('p');
  intro.className = 'lead';
  intro.textContent = sheet.summary;
  const facts = document.createElement('p');
  facts.className = 'cf-preview__facts';
  facts.textContent = [sheet.category, sheet.municipalities.join(', ')].filter(Boolean).join(' · ');
  const description = document.createElement('div');
  description.className = 'prose';
  // Sanitized HTML from the same renderer as the build (src/lib/sheet/body-render.ts), of the contributor's own text.
  description.innerHTML = sheet.html;
  byId('cf-preview').replaceChildren(heading, intro, facts, description);
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let current: Sheet | undefined;

export function showResult(
  sheet: Sheet,
  repository: RepositorySettings,
  editorsEmail: string,
  warnings: readonly string[] = [],
): void {
  current = sheet;
  // What validate would warn about: the sheet is accepted, but the editors will ask.
  const warningsBox = byId('cf-warnings');
  warningsBox.hidden = warnings.length === 0;
  byId('cf-warnings-list').replaceChildren(
    ...warnings.map((warning) => {
      const item = document.createElement('li');
      item.textContent = warning;
      return item;
    }),
  );
  const fileName = `${sheet.slug}.mdx`;
  const folder = repository.contentDir.replace(/\/+$/, '');
  byId('cf-file-name').textContent = `${folder}/${fileName}`;
  byId<HTMLTextAreaElement>('cf-output').value = sheet.mdx;

  const imageNote = byId('cf-image-note');
  imageNote.hidden = !sheet.imageSrc;
  imageNote.textContent = sheet.imageSrc
    ? t.image(sheet.imageSrc, `${folder}/${sheet.imageSrc}`)
    : '';

  const link = newFileLink(repository, fileName, sheet.mdx);
  const github = byId('cf-github');
  const githubLink = byId<HTMLAnchorElement>('cf-github-link');
  const tooLong = byId('cf-github-long');
  github.hidden = !link.ok && link.reason === 'unknown-forge';
  if (link.ok) {
    githubLink.href = link.url;
    tooLong.hidden = true;
  } else if (link.reason === 'too-long') {
    githubLink.href = link.newFile!;
    byId<HTMLAnchorElement>('cf-github-upload').href = link.upload!;
    tooLong.hidden = false;
  }

  showPreview(sheet);
  // A readable summary, and the file as an attachment: a whole sheet (about 3,000 characters)
  // does not fit in a mailto link, and an attachment reaches the editors unchanged.
  const mailSheet = {
    title: sheet.title,
    summary: sheet.summary,
    category: sheet.category,
    municipalities: sheet.municipalities,
    fileName,
    ...(sheet.imageSrc ? { image: sheet.imageSrc } : {}),
  };
  const mail = mailtoLink(
    editorsEmail,
    t.mailSubject(sheet.title),
    t.mailBody(mailSheet),
    t.mailBody({ ...mailSheet, summary: `${sheet.summary.slice(0, 300)}…` }),
  );
  byId<HTMLAnchorElement>('cf-mail').href = mail.url;
  byId('cf-mail-send').textContent = t.mailSend(fileName);
  byId('cf-copy-status').textContent = '';

  const panel = byId('cf-result');
  panel.hidden = false;
}

export function hideResult(): void {
  current = undefined;
  byId('cf-result').hidden = true;
}

export const resultShown = () => !byId('cf-result').hidden;

export function wireOutputs(): void {
  byId('cf-download').addEventListener('click', () => {
    if (!current) return;
    const blob = new Blob([current.mdx], { type: 'text/markdown;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = `${current.slug}.mdx`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  });

  async function copy(mdx: string) {
    const status = byId('cf-copy-status');
    try {
      await navigator.clipboard.writeText(mdx);
      status.textContent = t.copied;
    } catch {
      const output = byId<HTMLTextAreaElement>('cf-output');
      output.focus();
      output.select();
      status.textContent = t.copyFailed;
    }
  }
  byId('cf-copy').addEventListener('click', () => {
    if (current) void copy(current.mdx);
  });
}
