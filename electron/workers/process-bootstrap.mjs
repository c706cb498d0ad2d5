// Starts a TypeScript worker process where nothing has compiled it (tests, `tsx` scripts): registers
// tsx's loader, then imports the entry its parent named. The built app forks worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import(process.env.BACKROOM_WORKER_ENTRY);
