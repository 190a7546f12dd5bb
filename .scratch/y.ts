import { parseDocument } from 'yaml';
for (const n of [10000, 40000, 130000]) {
  for (const [label, src] of [['flow', `goals: [${Array(n).fill('a').join(',')}]`], ['block', `goals:\n${Array(n).fill('  - a').join('\n')}`]] as const) {
    const t = performance.now(); parseDocument(src, { uniqueKeys: true, schema: 'core' }); console.log(label, n, (performance.now() - t).toFixed(0), 'ms');
  }
}
