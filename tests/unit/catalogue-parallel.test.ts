import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadCatalogueParallel } from '../../src/lib/catalogue/catalogue-fs.ts';
import { generateCatalogue } from '../../scripts/lib/generate/catalogue.ts';
import { contentRoot, fixtures } from '../helpers/paths.ts';

describe('checking a catalogue on all CPUs', () => {
  it('finds the same sheets and the same problems, in the same order, as checking one by one', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-parallel-')), 'content');
    generateCatalogue({ count: 150, out: dir, seed: 'parallel', from: contentRoot });
    // Mistakes spread through the folder: a broken sheet, a duplicate name, a stray file.
    cpSync(
      path.join(fixtures, 'sheets/valid/kansenpas-en-vrijetijdscheque.mdx'),
      path.join(dir, 'practices/kansenpas.mdx'),
    );
    cpSync(
      path.join(fixtures, 'sheets/valid/minimal-sheet.mdx'),
      path.join(dir, 'practices/sub/kansenpas.mdx'),
      { recursive: true },
    );
    writeFileSync(
      path.join(dir, 'practices/m-broken.mdx'),
      '---\ntitle: Kort\ncategory: Sportt\n---\n\n<script>alert(1)</script>\n',
    );
    writeFileSync(path.join(dir, 'practices/notes.md'), '# not a sheet');

    const one = loadCatalogue(dir, { render: true });
    const all = await loadCatalogueParallel(dir, {
      render: true,
      workers: 2,
      onFallback: (error) => {
        throw new Error(`the workers did not run: ${String(error)}`);
      },
    });
    expect(all.problems).toEqual(one.problems);
    expect(all.sheets).toEqual(one.sheets);
    expect(one.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(3);
    expect(one.sheets.filter((s) => s.rendered).length).toBeGreaterThan(140);
  });

  it('uses a sheet checked before only when its caller says it is unchanged', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'praktijkbank-parallel-')), 'content');
    generateCatalogue({ count: 5, out: dir, seed: 'reuse', from: contentRoot });
    const fresh = await loadCatalogueParallel(dir, { render: true });
    const kept = fresh.sheets[2]!;
    const reused = await loadCatalogueParallel(dir, {
      render: true,
      reuse: (file) =>
        file === kept.file
          ? { ...kept, rendered: { html: '<p>cached</p>', headings: [] } }
          : undefined,
    });
    expect(reused.sheets.map((s) => s.rendered?.html === '<p>cached</p>')).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(reused.sheets.filter((s) => s !== reused.sheets[2])).toEqual(
      fresh.sheets.filter((s) => s !== fresh.sheets[2]),
    );
  });
});
