import { checkLines } from '../tests/helpers/corpus.ts';
for (const f of ['yaml-tag-before-comment', 'yaml-tag-far-from-value', 'yaml-escape-terminal', 'yaml-escape-c1', 'yaml-escape-nul', 'bidi-override-title', 'image-reference', 'raw-c1-character'])
  console.log(f, JSON.stringify(checkLines(`tests/fixtures/sheets/malicious/rejected/${f}.mdx`).lines));
