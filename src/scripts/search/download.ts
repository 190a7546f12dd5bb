/**
 * "Download these results" on the search page: the current result set (query, facets and
 * sort order) as a CSV file, made in the browser from /praktijken.json with the columns and
 * options of /praktijken.csv (src/lib/open-data/csv-format.ts), so the file reads exactly like
 * the site's own CSV, limited to these sheets in this order.
 *
 * Which sheets the results are is known from Pagefind's result data (each result's address);
 * the first results are loaded already, the others are fetched in batches. The export, the
 * column definitions and the CSV writer are fetched only when the button is pressed, so a
 * first search carries none of it.
 */
import { searchPage } from '../../i18n/nl-search.ts';
import { openDataPaths } from '../../lib/open-data/paths.ts';
import type { PracticeRecord } from '../../schema/record.ts';

interface Result {
  data(): Promise<{ url: string }>;
}

/** Result data fetched at once: Pagefind loads one small file per result. */
const batchSize = 40;

async function resultPaths(results: readonly Result[]): Promise<string[]> {
  const paths: string[] = [];
  for (let start = 0; start < results.length; start += batchSize) {
    const batch = await Promise.all(
      results.slice(start, start + batchSize).map((result) => result.data()),
    );
    paths.push(...batch.map((data) => new URL(data.url, location.href).pathname));
  }
  return paths;
}

/** The records of these page addresses, in their order. */
export function recordsAt(
  records: readonly PracticeRecord[],
  paths: readonly string[],
): PracticeRecord[] {
  const byPath = new Map(records.map((record) => [new URL(record.url).pathname, record]));
  return paths.flatMap((path) => byPath.get(path) ?? []);
}

export function setupDownload(
  root: HTMLElement,
  base: string,
  currentResults: () => readonly Result[],
) {
  const button = root.querySelector<HTMLButtonElement>('[data-download]');
  const status = root.querySelector<HTMLElement>('[data-download-status]');
  if (!button || !status) return;
  let busy = false;
  button.addEventListener(
    'click',
    () =>
      void (async () => {
        if (busy) return;
        busy = true;
        button.setAttribute('aria-busy', 'true');
        status.textContent = searchPage.downloadBusy;
        try {
          const [paths, exported, format, csv] = await Promise.all([
            resultPaths(currentResults()),
            fetch(`${base}${openDataPaths.json}`).then((response) => {
              if (!response.ok) throw new Error(`${openDataPaths.json}: ${response.status}`);
              return response.json() as Promise<{ practices: PracticeRecord[] }>;
            }),
            import('../../lib/open-data/csv-format.ts'),
            import('csv-stringify/browser/esm/sync'),
          ]);
          const records = recordsAt(exported.practices, paths);
          const file = new Blob([format.toCsv(csv.stringify, format.practiceColumns, records)], {
            type: 'text/csv;charset=utf-8',
          });
          const link = document.createElement('a');
          link.href = URL.createObjectURL(file);
          link.download = searchPage.downloadFile;
          link.hidden = true;
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
          status.textContent = searchPage.downloaded(records.length);
        } catch (error) {
          console.error(error);
          status.textContent = searchPage.downloadFailed;
        } finally {
          busy = false;
          button.removeAttribute('aria-busy');
        }
      })(),
  );
}
