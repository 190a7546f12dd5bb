import { readFileSync, readdirSync } from 'node:fs';
import { parseBody, checkBody, renderBody } from '../src/lib/sheet/body.ts';
const dir = '/tmp/gen1k/practices';
let text = '';
for (const f of readdirSync(dir)) { if (!f.endsWith('.mdx')) continue; const t = readFileSync(`${dir}/${f}`, 'utf8'); text += t.slice(t.indexOf('\n---\n', 4) + 5) + '\n\n'; if (text.length > 250_000) break; }
for (const size of [50_000, 120_000, 250_000]) {
  const body = text.slice(0, size);
  const t = performance.now();
  const p = parseBody(body);
  const t2 = performance.now();
  if (p.ok) { checkBody(p.tree); renderBody(p.tree); }
  console.log(size, 'parse', (t2 - t).toFixed(0), 'ms; check+render', (performance.now() - t2).toFixed(0), 'ms', p.ok, (body.match(/[*_]/g)||[]).length, (body.match(/\[/g)||[]).length, (body.match(/^\s*[-*+] /gm)||[]).length);
}
