import { parentPort, workerData } from 'node:worker_threads';
import { PROCESS_START_ENV, type WorkerStart } from './locate';

/**
 * Every Backroom worker starts here and takes up the role its parent gave it: a reader or job
 * thread, or a query-lab process (started with its role in the environment). Each role's code is
 * loaded only where it runs, so a query-lab process starts without the handlers' graph.
 */
const start = (workerData ?? JSON.parse(process.env[PROCESS_START_ENV] ?? 'null')) as WorkerStart | null;
if (!start) throw new Error('electron/workers/entry.ts runs only as a Backroom worker.');
if (start.role === 'query-lab') {
  void import('./query-lab').then(({ serveQueryLab }) => serveQueryLab(start.databasePath));
} else {
  const port = parentPort;
  if (!port) throw new Error('Reader and job workers run only as worker threads.');
  // A parent port holds messages until a listener is attached, so nothing sent meanwhile is lost.
  if (start.role === 'reader') void import('./reader').then(({ serveReads }) => serveReads(port, start.databasePath));
  else if (start.role === 'sync-records') {
    void import('../sync/record-thread').then(({ serveRecordBuilds }) => serveRecordBuilds(port, start.databasePath));
  } else void import('./job').then(({ runJobThread }) => runJobThread(port, start.databasePath));
}
