/**
 * Checks many sheet files, on all CPUs: worker threads (src/lib/catalogue/check-worker-fs.ts) each run
 * the same checkSheet() as a single-threaded check, so the results are identical, only
 * sooner. Falls back to checking in this thread when there are few files or no workers.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PracticeSchema } from '../../schema/practice.ts';
import type { Problem } from '../util/problems.ts';
import { checkSheet, type CheckedSheet } from '../sheet/check.ts';
import type { Vocabularies } from '../vocabulary/lookup.ts';

/** A file's bytes, or the problem that it cannot be read. */
export function readSheet(file: string): Uint8Array | Problem {
  try {
    return readFileSync(file);
  } catch {
    return { file: path.relative(process.cwd(), file), line: 1, column: 1, severity: 'error', message: 'the file cannot be read: check that it exists' };
  }
}

export interface CheckContext {
  schema: PracticeSchema;
  vocabularies: Vocabularies;
}

/** Checks the files one after the other in this thread. */
export function checkFiles(files: readonly string[], context: CheckContext, render = false): (CheckedSheet | Problem)[] {
  return files.map((file) => {
    const bytes = readSheet(file);
    return bytes instanceof Uint8Array ? checkSheet(file, bytes, { schema: context.schema, vocabularies: context.vocabularies, render }) : bytes;
  });
}

/** Below this many files, starting workers (each loads the checker anew) costs more than it saves. */
const minFilesForWorkers = 300;
const batchSize = 100;

export interface ParallelOptions {
  render?: boolean;
  /** Number of worker threads; default one per CPU, none for few files. */
  workers?: number;
  /** Called when the workers fail and the files are checked in this thread instead (default: a warning on stderr). */
  onFallback?: (error: unknown) => void;
}

/**
 * checkFiles() spread over worker threads, results in the order of `files`. `dir` is the
 * content folder, whose vocabularies each worker loads for itself (a zod schema cannot be
 * sent to another thread).
 */
export async function checkInParallel(dir: string, files: readonly string[], context: CheckContext, options: ParallelOptions = {}): Promise<(CheckedSheet | Problem)[]> {
  const count = Math.min(options.workers ?? (files.length >= minFilesForWorkers ? availableParallelism() : 0), Math.ceil(files.length / batchSize));
  if (count < 1 || process.env.PRAKTIJKBANK_WORKERS === '0') return checkFiles(files, context, options.render);

  try {
    return await checkWithWorkers(dir, files, count, Boolean(options.render));
  } catch (error) {
    // Workers could not start here (or one failed): the same check, in this thread.
    (options.onFallback ?? ((e) => console.warn(`Checking sheets in one thread: worker threads failed (${e instanceof Error ? e.message : String(e)})`)))(error);
    return checkFiles(files, context, options.render);
  }
}

async function checkWithWorkers(dir: string, files: readonly string[], count: number, render: boolean): Promise<(CheckedSheet | Problem)[]> {
  const results: (CheckedSheet | Problem)[] = new Array(files.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: count }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./check-worker-fs.ts', import.meta.url), { workerData: { dir, render } });
          workers.push(worker);
          let start = 0;
          const send = () => {
            if (next >= files.length) return resolve();
            start = next;
            next = Math.min(files.length, next + batchSize);
            worker.postMessage(files.slice(start, next));
          };
          worker.on('message', (batch: (CheckedSheet | Problem)[]) => {
            batch.forEach((result, i) => (results[start + i] = result));
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (next < files.length || code !== 0 ? reject(new Error(`a check worker stopped (exit code ${code})`)) : resolve()));
          send();
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
