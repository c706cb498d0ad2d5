import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { PAGE_CACHE_KIB } from '../../database/page-cache';
import { MAX_SQL_ROWS } from '../../shared/contract/query-lab';
import { runIndexLab } from '../services/query-lab/index-lab';
import { prepareRead, sqliteRefusal } from '../services/query-lab/prepare-read';
import { readTable } from '../services/query-lab/read-table';
import { toThreadError, type ThreadError } from './protocol';

export type QueryLabTask =
  | { type: 'sql'; sql: string; maxRows: number }
  | { type: 'indexLab'; sql: string; createIndex?: string; dropIndex?: string; scratchPath: string };

export type QueryLabReply =
  { type: 'ready' } | { type: 'answer'; ok: true; value: unknown } | { type: 'answer'; ok: false; error: ThreadError };

/**
 * A query-lab process: ad-hoc SQL and the index lab on a connection of its own, opened read-only
 * and query_only. Whoever started it kills it when a run overruns its limit or is cancelled.
 */
export function serveQueryLab(databasePath: string): void {
  const send = process.send?.bind(process);
  if (!send) throw new Error('A query-lab worker runs only as a child process.');
  watchParent();
  const sql = new Database(databasePath, { readonly: true, fileMustExist: true });
  sql.pragma('busy_timeout = 5000');
  sql.pragma('query_only = ON');
  sql.pragma('temp_store = MEMORY');
  // The app's own cache: the lab's timings are what the app's questions take.
  sql.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  const reply = (message: QueryLabReply) => send(message);
  process.on('message', (task: QueryLabTask) => {
    void answer(sql, task).then(
      (value) => reply({ type: 'answer', ok: true, value }),
      (error: unknown) => reply({ type: 'answer', ok: false, error: toThreadError(error) }),
    );
  });
  // The parent closed the channel (it ended, or let this process go): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
  reply({ type: 'ready' });
}

/**
 * While a statement runs, this process's own thread is deaf; a small thread beside it ends the
 * process once its parent is gone (the app quit or crashed mid-query), so no runaway outlives it.
 */
function watchParent(): void {
  const watchdog = new Worker(
    `const { workerData } = require('node:worker_threads');
     setInterval(() => { if (process.ppid !== workerData.parent) process.kill(workerData.self, 'SIGKILL'); }, 1000);`,
    { eval: true, workerData: { parent: process.ppid, self: process.pid } },
  );
  watchdog.unref();
}

async function answer(sql: Database.Database, task: QueryLabTask): Promise<unknown> {
  if (task.type === 'indexLab') return runIndexLab(sql, task);
  const started = performance.now();
  const { statement } = prepareRead(sql, task.sql);
  try {
    const table = readTable(statement, Math.min(task.maxRows, MAX_SQL_ROWS));
    return { ...table, elapsedMs: Math.round((performance.now() - started) * 1000) / 1000 };
  } catch (error) {
    // A failure while reading (an overflow, a malformed JSON argument) is the query's, in SQLite's words.
    throw sqliteRefusal(error);
  }
}
