import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from './locate';
import { runJobThread } from './job';
import { serveReads } from './reader';

/** Every Backroom worker thread starts here and takes up the role its parent gave it. */
const start = workerData as WorkerStart;
if (!parentPort) throw new Error('electron/workers/entry.ts runs only as a worker thread.');
if (start.role === 'reader') serveReads(parentPort, start.databasePath);
else runJobThread(parentPort, start.databasePath);
