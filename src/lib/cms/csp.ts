/**
 * The Content-Security-Policy of /admin/ only. The rest of the site allows no inline
 * styles and no third-party origins; Sveltia CMS needs inline styles (Svelte) and to talk
 * to the forge's API. It needs no 'unsafe-eval' and no third-party script; its fonts are
 * served by the site (src/lib/cms/assets.ts).
 */
import type { SiteConfig } from '../../schema/site.ts';
import { cmsBackend } from './config.ts';

export function adminCsp(repository: SiteConfig['repository']): string {
  const backend = cmsBackend(repository);
  const baseUrl = typeof backend.base_url === 'string' ? backend.base_url : undefined;
  const forge: string[] =
    backend.name === 'github'
      ? [
          'https://api.github.com',
          'https://www.githubstatus.com',
          'https://*.githubusercontent.com',
        ]
      : [
          baseUrl ??
            (backend.name === 'gitlab' ? 'https://gitlab.com' : new URL(repository.url).origin),
        ];
  const images = backend.name === 'github' ? ['https://*.githubusercontent.com'] : forge;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src 'self' data: blob: ${images.join(' ')}`,
    `connect-src 'self' blob: data: ${forge.join(' ')}`,
    "media-src 'self' blob: data:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
