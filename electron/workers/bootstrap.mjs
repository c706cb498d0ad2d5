// Starts a TypeScript worker where nothing has compiled it (tests, `tsx` scripts): registers tsx's
// loader in this thread, then imports the entry the parent named. The built app starts worker.cjs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
