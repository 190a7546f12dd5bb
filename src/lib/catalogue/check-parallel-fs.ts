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
import type { ImageChecker } from '../sheet/image-check.ts';
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

/** What checking a sheet needs (loadVocabularyContext gives it: pictures on disk, paths relative to the working directory). */
export interface CheckContext {
  schema: PracticeSchema;
  vocabularies: Vocabularies;
  images: ImageChecker;
  displayName: (file: string) => string;
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
        images: context.images,
        displayName: context.displayName,
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
      context,
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

/** What a worker sends: one sheet's result, or that no sheets are left. */
export type WorkerMessage = { index: number; result: CheckedSheet | Problem } | { done: true };

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
  context: CheckContext,
  count: number,
  render: boolean,
  budgetMs: number,
): Promise<(CheckedSheet | Problem)[]> {
  const results = new Array<CheckedSheet | Problem | undefined>(files.length);
  // Shared with the workers: `next`, the index of the next sheet to take (each worker takes
  // its own with Atomics.add, so none waits for this thread between sheets), and per worker
  // `current`: [the sheet it is checking, since when (ms since the epoch)], index -1 between sheets.
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const live = new Set<Worker>();
  // Often enough that a budget of a few milliseconds (tests) still stops a worker.
  const tick = Math.max(1, Math.min(100, budgetMs / 4));

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const current = new BigInt64Array(new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT));
      current[0] = -1n;
      const worker = new Worker(new URL('./check-worker-fs.ts', import.meta.url), {
        workerData: { dir, render, files, next: next.buffer, current: current.buffer },
      });
      live.add(worker);
      let stopped = false;
      const stop = () => {
        stopped = true;
        clearInterval(watchdog);
        live.delete(worker);
        return worker.terminate();
      };
      const watchdog = setInterval(() => {
        const index = Number(Atomics.load(current, 0));
        if (index < 0 || Date.now() - Number(Atomics.load(current, 1)) <= budgetMs) return;
        // Past the budget: the sheet is refused, and a fresh worker takes over the rest.
        results[index] = tooComplex(files[index]!, budgetMs);
        void stop();
        runWorker().then(resolve, reject);
      }, tick);
      worker.on('message', (message: WorkerMessage) => {
        if ('done' in message) {
          if (!stopped) void stop().then(() => resolve());
          return;
        }
        results[message.index] ??= message.result;
      });
      worker.on('error', (error: Error) => {
        if (!stopped) {
          void stop();
          reject(error);
        }
      });
      worker.on('exit', (code) => {
        if (!stopped) {
          void stop();
          reject(new Error(`a check worker stopped (exit code ${code})`));
        }
      });
    });

  try {
    await Promise.all(Array.from({ length: Math.min(count, files.length) }, runWorker));
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
  // A stopped worker may not have delivered every result it sent: those sheets passed
  // within the budget there, so they are checked again here.
  const missing = results.flatMap((result, index) => (result ? [] : [index]));
  if (missing.length) {
    const again = checkFiles(
      missing.map((index) => files[index]!),
      context,
      render,
    );
    missing.forEach((index, n) => (results[index] = again[n]));
  }
  return results as (CheckedSheet | Problem)[];
}
