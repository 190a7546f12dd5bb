import { checkSheet } from '../src/lib/sheet/check.ts';
import { loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
import { stressCorpus } from '../scripts/lib/bench/stress-corpus.ts';
import { formatProblem } from '../src/lib/util/problems.ts';
const ctx = loadVocabularyContext('/work/main/content');
for (const c of stressCorpus()) {
  const t = performance.now();
  let r;
  try { r = checkSheet(`/tmp/${c.name}.mdx`, new TextEncoder().encode(c.text), { schema: ctx.schema, vocabularies: ctx.vocabularies, render: true }); } catch (e) { console.log(c.name, 'THREW', String(e).slice(0, 200)); continue; }
  const ms = performance.now() - t;
  console.log(c.name, ms.toFixed(0) + 'ms', r.problems.length, r.data ? 'ACCEPTED' : 'refused', r.problems.slice(0, 2).map((p) => formatProblem(p).slice(0, 160)).join(' | '));
}
