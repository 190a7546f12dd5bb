/** Debian's Chromium through playwright-core (shared with the benchmark). */
export { chromiumPath, launchBrowser } from '../../scripts/lib/browser-fs.ts';
