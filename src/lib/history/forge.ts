/**
 * Links to a sheet's history on the forge that holds the repository (`repository` in
 * content/site.yaml): every change of its file, and the file as it was in one commit, which
 * never changes and so can be cited. GitHub's form is the default; GitLab and Gitea/Forgejo
 * (the other forges the CMS works with) spell the same pages differently.
 */
import type { SiteConfig } from '../../schema/site.ts';

type Repository = SiteConfig['repository'];

/** Each path segment percent-encoded ("a b.mdx" → "a%20b.mdx"), the slashes kept. */
const encodePath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

function forgeKind(url: string): 'github' | 'gitlab' | 'gitea' {
  const host = (() => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  })();
  if (host.includes('gitlab')) return 'gitlab';
  if (host === 'codeberg.org' || host.includes('gitea') || host.includes('forgejo')) return 'gitea';
  return 'github';
}

/** The forge's name, for link texts ("op GitHub"). */
export function forgeName(repository: Pick<Repository, 'url'>): string {
  const kind = forgeKind(repository.url);
  if (kind === 'gitlab') return 'GitLab';
  if (kind === 'gitea')
    return new URL(repository.url).hostname === 'codeberg.org' ? 'Codeberg' : 'Gitea';
  return 'GitHub';
}

const base = (repository: Repository) => repository.url.replace(/\/+$/, '').replace(/\.git$/, '');

/** Every commit that changed a file on the published branch; `file` is relative to the repository root. */
export function historyUrl(repository: Repository, file: string): string {
  const repo = base(repository);
  const branch = encodePath(repository.branch);
  switch (forgeKind(repository.url)) {
    case 'gitlab':
      return `${repo}/-/commits/${branch}/${encodePath(file)}`;
    case 'gitea':
      return `${repo}/commits/branch/${branch}/${encodePath(file)}`;
    default:
      return `${repo}/commits/${branch}/${encodePath(file)}`;
  }
}

/** A file as it was in one commit: a permanent address. */
export function permalinkUrl(repository: Repository, sha: string, file: string): string {
  const repo = base(repository);
  switch (forgeKind(repository.url)) {
    case 'gitlab':
      return `${repo}/-/blob/${sha}/${encodePath(file)}`;
    case 'gitea':
      return `${repo}/src/commit/${sha}/${encodePath(file)}`;
    default:
      return `${repo}/blob/${sha}/${encodePath(file)}`;
  }
}

/** The forge's editor for a file on the published branch. */
export function editUrl(repository: Repository, file: string): string {
  const repo = base(repository);
  const branch = encodePath(repository.branch);
  switch (forgeKind(repository.url)) {
    case 'gitlab':
      return `${repo}/-/edit/${branch}/${encodePath(file)}`;
    case 'gitea':
      return `${repo}/_edit/${branch}/${encodePath(file)}`;
    default:
      return `${repo}/edit/${branch}/${encodePath(file)}`;
  }
}
