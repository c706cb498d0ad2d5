import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What every Backroom worker thread is told at start: its role and the data file. */
export interface WorkerStart {
  role: 'reader' | 'job';
  databasePath: string;
}

/**
 * Starts a worker thread running electron/workers/entry.ts. Bundled (dist/electron/main.cjs, where
 * scripts/build-main.mjs points import.meta.url at the bundle), the entry is the built worker.cjs
 * beside it, required from an eval'd script so Electron's asar-aware require finds it inside the
 * archive. Unbundled (tests, `tsx` scripts), a small .mjs bootstrap registers tsx's loader in the
 * new thread and imports the TypeScript entry.
 */
export function startWorker(start: WorkerStart): Worker {
  const here = import.meta.url;
  if (here.endsWith('.cjs')) {
    const file = fileURLToPath(new URL('./worker.cjs', here));
    return new Worker(`require(${JSON.stringify(file)});`, { eval: true, workerData: start });
  }
  return new Worker(new URL('./bootstrap.mjs', here), {
    workerData: { ...start, entry: new URL('./entry.ts', here).href },
  });
}
