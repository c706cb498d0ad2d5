// Starts a TypeScript worker where nothing has compiled it (tests, `tsx` scripts): registers tsx's
// loader, then imports the entry the parent named (a thread's workerData, a process's environment).
// The built app starts worker.cjs instead.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.entry ?? process.env.BACKROOM_WORKER_ENTRY);
