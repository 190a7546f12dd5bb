import { checkSheet } from '../src/lib/sheet/check.ts';
import { loadVocabularyContext } from '../src/lib/catalogue/catalogue-fs.ts';
const context = loadVocabularyContext('/work/main/content');
const goals = Array.from({ length: 80 }, () => '  - ""').join('\n');
const text = `---\ntitle: Een praktijk om te testen\nsummary: Een samenvatting van minstens twintig tekens.\ncategory: Taal\ngoals:\n${goals}\ntargetGroups: [Nieuwkomers]\npolicyDomains: [Cultuur]\npublished: 2025-01-01\n---\n`;
console.log(checkSheet('/tmp/x.mdx', new TextEncoder().encode(text), { ...context }).problems.map((p) => p.message).slice(0, 3));
