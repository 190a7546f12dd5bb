/**
 * For `npm run bench`: a git history for a generated catalogue (so the git pass has real
 * work: a first commit of every file, then edits, image changes and renames spread over
 * three years), and the cost of the git pass and of the worklist on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { practicesDir } from '../../src/lib/catalogue/content-dir.ts';
import { generateImage } from './generate/image.ts';
import { readGitHistory } from '../../src/lib/history/git-log-fs.ts';
import { sheetVersion } from '../../src/lib/history/sheet-version.ts';
import { buildWorklist } from '../../src/lib/worklist/run-fs.ts';

export interface HistoryShape {
  commits: number;
  /** File changes over all commits (the first commit's additions included). */
  changes: number;
}

/**
 * Turns a generated content folder into a git repository with history: the first commit
 * adds everything; each later commit edits a few sheets, every 10th replaces an image, and
 * one moves 1 % of the sheets to a sub-folder (pure renames the git pass follows back).
 */
export function makeHistory(content: string, commits = 60): HistoryShape {
  const practices = practicesDir(content);
  const git = (args: string[], day?: number) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Bench',
        '-c',
        'user.email=bench@example.org',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      {
        cwd: content,
        env: {
          ...process.env,
          ...(day === undefined
            ? {}
            : { GIT_AUTHOR_DATE: date(day), GIT_COMMITTER_DATE: date(day) }),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 28,
      },
    );
  const date = (day: number) => new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString();
  const sheets = readdirSync(practices)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const images = readdirSync(path.join(practices, 'images')).sort();
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'Generated catalogue'], 0);
  let changes = sheets.length + images.length;
  for (let n = 1; n < commits; n++) {
    const day = Math.round((n * 3 * 365) / commits);
    if (n === Math.floor(commits / 2)) {
      mkdirSync(path.join(practices, 'archief'), { recursive: true });
      const moved = sheets.filter(
        (_, i) =>
          i % 100 === 50 &&
          !readFileSync(path.join(practices, sheets[i]!), 'utf8').includes('\nimage:'),
      );
      for (const name of moved)
        renameSync(path.join(practices, name), path.join(practices, 'archief', name));
      changes += moved.length;
    } else if (n % 10 === 0 && images.length) {
      const image = images[(n * 7) % images.length]!;
      writeFileSync(path.join(practices, 'images', image), generateImage(`bench-${n}`));
      changes++;
    } else {
      // A handful of sheets per commit, spread over the catalogue.
      for (let k = 0; k < 1 + (n % 5); k++) {
        const name = sheets[(n * 7919 + k * 104_729) % sheets.length]!;
        const file = [path.join(practices, name), path.join(practices, 'archief', name)].find(
          (f) => {
            try {
              readFileSync(f);
              return true;
            } catch {
              return false;
            }
          },
        )!;
        writeFileSync(
          file,
          `${readFileSync(file, 'utf8').trimEnd()}\n\nBijgewerkt in wijziging ${n}.\n`,
        );
        changes++;
      }
    }
    git(['add', '-A']);
    git(['commit', '-q', '-m', `Wijziging ${n}`], day);
  }
  return { commits, changes };
}

export interface HistoryCost {
  /** The one git log pass, parsed. */
  seconds: number;
  /** Every sheet dated from it (what the build does per sheet). */
  datingSeconds: number;
  commits: number;
  dated: number;
}

/** The git pass as the build runs it: one `git log`, then a version for every sheet. */
export async function measureHistory(content: string): Promise<HistoryCost | string> {
  const practices = practicesDir(content);
  const started = performance.now();
  const history = await readGitHistory(practices);
  const seconds = (performance.now() - started) / 1000;
  if (!history.ok) return history.reason;
  const files = readdirSync(practices, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.split(path.sep).join('/'));
  const dating = performance.now();
  let dated = 0;
  for (const file of files) if (sheetVersion(history, file)) dated++;
  return {
    seconds,
    datingSeconds: (performance.now() - dating) / 1000,
    commits: history.commits,
    dated,
  };
}

export interface WorklistCost {
  seconds: number;
  tasks: number;
  sheets: number;
}

/** `npm run worklist` without the link check (which would need the network). */
export async function measureWorklist(content: string): Promise<WorklistCost> {
  const started = performance.now();
  const { report } = await buildWorklist(content, { today: '2026-06-01' });
  return {
    seconds: (performance.now() - started) / 1000,
    tasks: report.tasks.length,
    sheets: new Set(report.tasks.map((task) => task.file)).size,
  };
}
