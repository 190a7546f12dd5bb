/**
 * A worker thread of check-parallel.ts: loads the vocabularies once, then checks each batch
 * of sheet files it is sent and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadVocabularyContext } from './catalogue-fs.ts';
import { checkFiles } from './check-parallel-fs.ts';

const { dir, render } = workerData as { dir: string; render: boolean };
const context = loadVocabularyContext(dir);
parentPort!.on('message', (files: string[]) => parentPort!.postMessage(checkFiles(files, context, render)));
