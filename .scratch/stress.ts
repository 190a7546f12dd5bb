import { parseBody } from '../src/lib/sheet/body.ts';
const cases: Record<string, (n: number) => string> = {
  setext: (n) => 'a\n=\n'.repeat(n),
  underscoreStar: (n) => '_a*'.repeat(n),
  starSpace: (n) => 'a* '.repeat(n),
  brackets: (n) => '[a]'.repeat(n),
  images: (n) => '![a]'.repeat(n),
  listItems: (n) => '- a\n'.repeat(n),
  footnotes: (n) => '[^1]'.repeat(n) + '\n\n[^1]: x',
  emph: (n) => '*a '.repeat(n),
  backticks: (n) => '`a'.repeat(n),
  lt: (n) => '<a '.repeat(n),
  links: (n) => '[a](b '.repeat(n),
};
for (const [name, make] of Object.entries(cases)) {
  const row = [name];
  for (const n of [1000, 2000, 4000]) {
    const text = make(n);
    const t = performance.now();
    parseBody(text);
    row.push(`${n}:${(performance.now() - t).toFixed(0)}ms(${text.length}B)`);
  }
  console.log(row.join('  '));
}
