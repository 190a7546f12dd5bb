// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/site-config.ts';

const settings = loadSiteConfig();

export default defineConfig({
  site: settings.site.url,
  base: settings.site.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Site-authored pages (src/pages/*.mdx) may use full MDX; contributor sheets never reach
  // the MDX compiler: src/content/practices-loader.ts checks and renders them itself.
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
