// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentStore from './src/integrations/content-store.ts';
import pagefind from './src/integrations/pagefind.ts';
import { buildCacheDir, incrementalBuild } from './src/lib/site/build-cache-fs.ts';
import { loadSiteConfig } from './src/lib/site/site-config-fs.ts';
import { unlistedPages } from './src/lib/site/unlisted.ts';

const settings = loadSiteConfig();
const cacheDir = buildCacheDir(settings.site);
/** Editors' pages (the CMS, the worklist): not public pages, so not in the sitemap. */
const siteRoot = new URL(settings.site.base.replace(/\/?$/, '/'), settings.site.url);
const unlistedUrls = unlistedPages.map((page) => new URL(page, siteRoot).href);

export default defineConfig({
  site: settings.site.url,
  base: settings.site.base,
  trailingSlash: 'always',
  // Pages are written 8 at a time: rendering overlaps the file system's latency (10,000 sheets:
  // 48 s of page writing became 25-28 s; docs/benchmarks.md).
  build: { format: 'directory', concurrency: 8 },
  // Site-authored pages (src/pages/*.mdx) may use full MDX; contributor sheets never reach
  // the MDX compiler: src/content/practices-loader.ts checks and renders them itself.
  // pagefind() writes the search index to <outDir>/pagefind/ when the build is done.
  // sitemap() writes sitemap-index.xml and sitemap-0.xml: every page, but not the files
  // (JSON, CSV, feeds: addresses without a trailing slash), the editors' pages (the CMS at
  // /admin/, the worklist at /redactie/) or the 404 page. Drafts have no page at all.
  // contentStore() lets the build's pages read the content store from its file rather than
  // compile it as a module (src/integrations/content-store.ts).
  integrations: [
    mdx(),
    contentStore(),
    pagefind(),
    sitemap({
      filter: (page) => page.endsWith('/') && !unlistedUrls.some((url) => page.startsWith(url)),
    }),
  ],
  devToolbar: { enabled: false },
  // Scale (docs/benchmarks.md): with PRAKTIJKBANK_INCREMENTAL=1, pages whose data and code
  // are unchanged (their cacheKey in getStaticPaths) are copied from the previous build.
  // Off by default: keeping those copies makes a first (cold) build much slower. Builds of
  // other catalogues or for other addresses keep their caches apart (src/lib/site/build-cache-fs.ts).
  experimental: { incrementalBuild },
  ...(cacheDir ? { cacheDir } : {}),
  // Shiki colours code with inline styles, which the policy below forbids; no page shows code.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> tag on every page (Astro adds hashes of its own inline
  // scripts and styles): no inline or third-party scripts; Pagefind needs WebAssembly
  // ('wasm-unsafe-eval') and may start a worker. public/_headers sends the same policy as a
  // header, plus what a <meta> cannot carry (frame-ancestors). See docs/safe-content.md.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
