import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentStoreFromFile, {
  storeFileName,
  storeModuleCode,
  storeModuleId,
} from '../../src/integrations/content-store.ts';

const store = JSON.stringify([
  ['Map', 1, 2],
  'practices',
  ['Map', 3, 4],
  'kansenpas',
  { title: 'Kansenpas "met" aanhalingstekens en é' },
]);

function cacheDir(content?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'praktijkbank-store-'));
  if (content !== undefined) writeFileSync(path.join(dir, storeFileName), content);
  return dir;
}

type Load = { order: string; handler: (id: string) => { code: string; meta: unknown } | null };

/** The Vite plugin the integration adds for a command, if any. */
function pluginFor(
  command: 'build' | 'dev',
  dir: string,
  collectionStorage?: string,
): { load: Load } | undefined {
  let plugins: { load: Load }[] | undefined;
  const setup = contentStoreFromFile().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${dir}/`), experimental: { collectionStorage } },
    updateConfig: (config: { vite: { plugins: { load: Load }[] } }) => {
      plugins = config.vite.plugins;
    },
  });
  return plugins?.[0];
}

describe('the content store read from its file', () => {
  it('gives the pages exactly the data of the file, without the data in the code', async () => {
    const dir = cacheDir(store);
    const code = storeModuleCode(path.join(dir, storeFileName))!;
    expect(code).not.toContain('Kansenpas');
    const module = path.join(dir, 'store.mjs');
    writeFileSync(module, code);
    const loaded = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(loaded.default).toEqual(JSON.parse(store));
  });

  it("leaves Astro's own module when there is no file or a store it does not know", () => {
    expect(storeModuleCode(path.join(cacheDir(), storeFileName))).toBeUndefined();
    expect(storeModuleCode(path.join(cacheDir('{"practices":[]}'), storeFileName))).toBeUndefined();
  });

  it('takes over only the store module, and only in a build', () => {
    const dir = cacheDir(store);
    expect(pluginFor('dev', dir)).toBeUndefined();
    // A store split into chunks is not one file to read.
    expect(pluginFor('build', dir, 'chunked')).toBeUndefined();
    expect(pluginFor('build', dir, 'single-file')).toBeDefined();
    const plugin = pluginFor('build', dir)!;
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.handler('\0astro:content')).toBeNull();
    expect(plugin.load.handler(storeModuleId)).toMatchObject({
      code: storeModuleCode(path.join(dir, storeFileName)),
      meta: { astroIncremental: { kind: 'content-data' } },
    });
    expect(pluginFor('build', cacheDir())!.load.handler(storeModuleId)).toBeNull();
  });
});
