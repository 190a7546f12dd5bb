import { stressCorpus } from '../scripts/lib/bench/stress-corpus.ts';
import { decodeSheet, findControlCharacter, splitSheet, parseFrontmatter } from '../src/lib/sheet/frontmatter.ts';
import { parseBody } from '../src/lib/sheet/body.ts';
for (const c of stressCorpus().filter((c) => ['long-list-field', 'list-items', 'block-nesting'].includes(c.name))) {
  let t = performance.now();
  const lap = (n: string) => { const now = performance.now(); console.log(c.name, n, (now - t).toFixed(0)); t = now; };
  const d = decodeSheet(new TextEncoder().encode(c.text)); lap('decode');
  findControlCharacter(d.value); lap('control');
  const sp = splitSheet(d.value); lap('split');
  const fm = parseFrontmatter(sp.value); lap('yaml');
  parseBody(sp.value.body); lap('body');
}
