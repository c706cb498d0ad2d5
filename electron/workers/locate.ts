import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What every Backroom worker thread is told at start: its role and the data file. */
export interface WorkerStart {
  role: 'reader' | 'job' | 'query-lab' | 'sync-records';
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

/** Where a worker started as a process finds its WorkerStart (processes have no workerData). */
export const PROCESS_START_ENV = 'BACKROOM_WORKER_START';

/**
 * Starts electron/workers/entry.ts as a child process, for work that must be stoppable at any
 * moment: ending a thread does not stop SQLite inside a long statement (it runs on in native code
 * until the statement ends), killing a process does. Bundled, the child runs worker.cjs under
 * Electron's own Node (ELECTRON_RUN_AS_NODE); unbundled, a bootstrap registers tsx first.
 */
export function startProcess(start: WorkerStart): ChildProcess {
  const here = import.meta.url;
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1', [PROCESS_START_ENV]: JSON.stringify(start) };
  if (here.endsWith('.cjs')) return fork(fileURLToPath(new URL('./worker.cjs', here)), [], { env, execArgv: [] });
  return fork(fileURLToPath(new URL('./bootstrap.mjs', here)), [], {
    env: { ...env, BACKROOM_WORKER_ENTRY: new URL('./entry.ts', here).href },
    execArgv: [],
  });
}
