/** Temporary catalogues for tests: the real vocabularies and settings, with the sheets a test chooses. */
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentRoot } from './paths.ts';

export function makeCatalogue(sheets: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-'));
  cpSync(path.join(contentRoot, 'vocabularies'), path.join(dir, 'vocabularies'), {
    recursive: true,
  });
  cpSync(path.join(contentRoot, 'site.yaml'), path.join(dir, 'site.yaml'));
  mkdirSync(path.join(dir, 'practices'), { recursive: true });
  for (const [name, text] of Object.entries(sheets)) {
    const file = path.join(dir, 'practices', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}
