/**
 * Where an editor fixes a task: the sheet in the CMS at /admin/ and in the forge's editor.
 * Pure, so the command line, the /redactie/ page and the forge issue give the same links.
 */
import type { SiteConfig } from '../../schema/site.ts';
import { editUrl } from '../history/forge.ts';

/** The CMS collection of the sheets (src/lib/cms/config.ts). */
export const cmsCollection = 'practices';

export interface EditLinks {
  cms: string;
  forge: string;
}

/**
 * `siteRoot` is the address of the site's root, with its base path ("https://x.be/praktijkbank/",
 * or "/praktijkbank/" on the site itself). The CMS names an entry by its path below the
 * collection's folder, without the extension.
 */
export function editLinks(
  settings: Pick<SiteConfig, 'repository'>,
  siteRoot: string,
  pathInFolder: string,
): EditLinks {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  const entry = pathInFolder
    .replace(/\.mdx$/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return {
    cms: `${root}admin/#/collections/${cmsCollection}/entries/${entry}`,
    forge: editUrl(settings.repository, `${settings.repository.contentDir}/${pathInFolder}`),
  };
}

/** The public address of the site's root, with its base path. */
export function siteRootUrl(settings: Pick<SiteConfig, 'site'>): string {
  const base = settings.site.base === '/' ? '' : settings.site.base.replace(/\/+$/, '');
  return `${settings.site.url.replace(/\/+$/, '')}${base}/`;
}
