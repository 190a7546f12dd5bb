/**
 * Checks sheet files in worker threads (src/lib/catalogue/check-worker-fs.ts), on all CPUs
 * when there are many: each runs the same checkSheet() as a check in this thread, so the
 * results are identical, only sooner, and a sheet that takes too long can be stopped.
 * Falls back to checking in this thread when no workers can start.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PracticeSchema } from '../../schema/practice.ts';
import type { Problem } from '../util/problems.ts';
import { checkSheet, type CheckedSheet } from '../sheet/check.ts';
import { diskImages } from '../sheet/images-fs.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';
import { messages } from '../../i18n/messages.ts';

/** A file's bytes, or the problem that it cannot be read. */
export function readSheet(file: string): Uint8Array | Problem {
  try {
    return readFileSync(file);
  } catch {
    return {
      file: path.relative(process.cwd(), file),
      line: 1,
      column: 1,
      severity: 'error',
      message: messages.sheet.unreadable,
    };
  }
}

export interface CheckContext {
  schema: PracticeSchema;
  vocabularies: Vocabularies;
}

/** Checks the files one after the other in this thread. */
export function checkFiles(
  files: readonly string[],
  context: CheckContext,
  render = false,
): (CheckedSheet | Problem)[] {
  return files.map((file) => {
    const bytes = readSheet(file);
    if (!(bytes instanceof Uint8Array)) return bytes;
    try {
      return checkSheet(file, bytes, {
        schema: context.schema,
        vocabularies: context.vocabularies,
        images: diskImages,
        displayName: (name) => path.relative(process.cwd(), name),
        render,
      });
    } catch (error) {
      // A bug of ours, or a limit nobody foresaw: the sheet is refused by name, the rest still checked.
      return {
        file: path.relative(process.cwd(), file),
        line: 1,
        column: 1,
        severity: 'error',
        message: messages.sheet.cannotCheck(
          error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        ),
      };
    }
  });
}

/** Below this many files one worker is enough: each one loads the checker anew. */
const minFilesPerWorker = 300;

/**
 * How long one sheet may take to check. Every known costly construct is refused before
 * parsing (src/lib/sheet/body-parse.ts, frontmatter.ts), so a sheet takes well under a second
 * (docs/benchmarks.md); this stops the rest, whatever it is.
 */
export const checkBudgetMs = 5000;

export interface ParallelOptions {
  render?: boolean;
  /** Number of worker threads; default one per CPU for many files, one for few. */
  workers?: number;
  /** How long one sheet may take before its worker is stopped and the sheet refused. */
  budgetMs?: number;
  /** Called when the workers fail and the files are checked in this thread instead (default: a warning on stderr). */
  onFallback?: (error: unknown) => void;
}

/**
 * checkFiles() in worker threads, results in the order of `files`. A worker that spends more
 * than the budget on one sheet is stopped, and that sheet is refused with a message. `dir`
 * is the content folder, whose vocabularies each worker loads for itself (a zod schema
 * cannot be sent to another thread).
 */
export async function checkInParallel(
  dir: string,
  files: readonly string[],
  context: CheckContext,
  options: ParallelOptions = {},
): Promise<(CheckedSheet | Problem)[]> {
  const count = Math.min(
    options.workers ?? (files.length >= minFilesPerWorker ? availableParallelism() : 1),
    files.length,
  );
  if (count < 1 || process.env.PRAKTIJKBANK_WORKERS === '0')
    return checkFiles(files, context, options.render);

  try {
    return await checkWithWorkers(
      dir,
      files,
      count,
      Boolean(options.render),
      options.budgetMs ?? checkBudgetMs,
    );
  } catch (error) {
    // Workers could not start here (or one failed): the same check, in this thread.
    (
      options.onFallback ??
      ((e) =>
        console.warn(
          `Checking sheets in one thread: worker threads failed (${e instanceof Error ? e.message : String(e)})`,
        ))
    )(error);
    return checkFiles(files, context, options.render);
  }
}

type WorkerMessage = { ready: true } | { index: number; result: CheckedSheet | Problem };

function tooComplex(file: string, budgetMs: number): Problem {
  return {
    file: path.relative(process.cwd(), file),
    line: 1,
    column: 1,
    severity: 'error',
    message: messages.sheet.checkTooSlow(budgetMs / 1000),
  };
}

async function checkWithWorkers(
  dir: string,
  files: readonly string[],
  count: number,
  render: boolean,
  budgetMs: number,
): Promise<(CheckedSheet | Problem)[]> {
  const results = new Array<CheckedSheet | Problem>(files.length);
  let next = 0;
  const live = new Set<Worker>();

  // One sheet at a time per worker, so a stalled worker names the sheet that stalled it.
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker-fs.ts', import.meta.url), {
        workerData: { dir, render, files },
      });
      live.add(worker);
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      const send = () => {
        clearTimeout(timer);
        if (next >= files.length) {
          stopped = true;
          live.delete(worker);
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          // Past the budget: the sheet is refused, and a fresh worker takes over the rest.
          stopped = true;
          results[current] = tooComplex(files[current]!, budgetMs);
          live.delete(worker);
          void worker.terminate();
          runWorker().then(resolve, reject);
        }, budgetMs);
        worker.postMessage(current);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (stopped) return;
        if ('ready' in message) return send();
        results[message.index] = message.result;
        send();
      });
      worker.on('error', (error: Error) => {
        clearTimeout(timer);
        if (!stopped) reject(error);
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (!stopped) reject(new Error(`a check worker stopped (exit code ${code})`));
      });
    });

  try {
    await Promise.all(Array.from({ length: count }, runWorker));
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
  return results;
}
