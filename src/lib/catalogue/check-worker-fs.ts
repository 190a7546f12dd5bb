/**
 * A worker thread of check-parallel-fs.ts: loads the vocabularies once, then takes the next
 * unchecked sheet from the shared counter, checks it and sends the result, until none are left.
 * It says which sheet it is on, and since when, in shared memory: the other thread stops it
 * when one sheet takes longer than the budget, without a message per sheet to wait for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadVocabularyContext } from './catalogue-fs.ts';
import { checkFiles, type WorkerMessage } from './check-parallel-fs.ts';

const { dir, render, files, next, current } = workerData as {
  dir: string;
  render: boolean;
  files: string[];
  next: SharedArrayBuffer;
  current: SharedArrayBuffer;
};
const counter = new Int32Array(next);
const progress = new BigInt64Array(current);
const context = loadVocabularyContext(dir);
const send = (message: WorkerMessage) => parentPort!.postMessage(message);
for (
  let index = Atomics.add(counter, 0, 1);
  index < files.length;
  index = Atomics.add(counter, 0, 1)
) {
  Atomics.store(progress, 1, BigInt(Date.now()));
  Atomics.store(progress, 0, BigInt(index));
  const result = checkFiles([files[index]!], context, render)[0]!;
  Atomics.store(progress, 0, -1n);
  send({ index, result });
}
send({ done: true });
