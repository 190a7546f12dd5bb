/**
 * `node scripts/lib/bench/index-site.ts DIR`: Pagefind's index of a built site in a process of
 * its own, as `npm run build` does it, so the benchmark measures both sites' indexing alike.
 */
import { indexAndReport } from '../../../src/integrations/pagefind.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: index-site.ts DIR');
await indexAndReport(dir, '/', (message) => console.log(message));
