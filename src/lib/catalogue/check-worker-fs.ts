/**
 * A worker thread of check-parallel-fs.ts: loads the vocabularies once, says it is ready,
 * then checks each sheet file it is sent (by its index in the list) and sends the result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadVocabularyContext } from './catalogue-fs.ts';
import { checkFiles } from './check-parallel-fs.ts';

const { dir, render, files } = workerData as { dir: string; render: boolean; files: string[] };
const context = loadVocabularyContext(dir);
parentPort!.on('message', (index: number) =>
  parentPort!.postMessage({ index, result: checkFiles([files[index]!], context, render)[0] }),
);
parentPort!.postMessage({ ready: true });
