import type { MessagePort } from 'node:worker_threads';
import { createDataSource, sqliteOf } from '../../database/data-source';
import { jobKinds } from '../jobs/kinds';
import type { ProgressReport } from '../jobs/progress';
import { JOB_ACCESS, type JobKind } from '../../shared/contract/jobs';
import { toThreadError, type ThreadError } from './protocol';

export type JobCommand = { type: 'start'; kind: JobKind; input: unknown } | { type: 'cancel' };

export type JobReport =
  | ({ type: 'progress' } & ProgressReport)
  | { type: 'succeeded'; result: Record<string, unknown> }
  | { type: 'cancelled' }
  | { type: 'failed'; error: ThreadError };

/**
 * A job thread: runs one job on its own connection, all of its writes in one transaction, so it
 * either commits whole or leaves the file as it was. Cancelling aborts the job's signal; the job
 * notices between chunks, throws, and everything rolls back. A read job's connection is made
 * query-only and its transaction deferred: it reads one snapshot and never takes the write lock.
 */
export function runJobThread(port: MessagePort, databasePath: string): void {
  const abort = new AbortController();
  port.on('message', (command: JobCommand) => {
    if (command.type === 'cancel') abort.abort();
    else void run(command.kind, command.input).then((report) => finish(report));
  });

  const report = (message: JobReport) => port.postMessage(message);
  const finish = (message: JobReport) => {
    report(message);
    port.close();
  };

  async function run(kind: JobKind, input: unknown): Promise<JobReport> {
    // The main process created and migrated the file; this connection only writes the job's rows.
    const dataSource = createDataSource(databasePath);
    try {
      await dataSource.initialize();
      const sql = sqliteOf(dataSource);
      const definition = jobKinds[kind];
      const access = JOB_ACCESS[kind];
      const readOnly = access === 'read';
      if (readOnly) sql.pragma('query_only = ON');
      // A job of its own transactions commits each as it goes; there is nothing to open here.
      if (access !== 'own') sql.exec(readOnly ? 'BEGIN' : 'BEGIN IMMEDIATE');
      let discard = false;
      try {
        const result = await definition.run(input, {
          dataSource,
          sql,
          signal: abort.signal,
          progress: (progress) => report({ type: 'progress', ...progress }),
          discardWrites: () => (discard = true),
        });
        abort.signal.throwIfAborted();
        if (access !== 'own') sql.exec(discard ? 'ROLLBACK' : 'COMMIT');
        return { type: 'succeeded', result };
      } finally {
        if (sql.inTransaction) sql.exec('ROLLBACK');
      }
    } catch (error) {
      return abort.signal.aborted ? { type: 'cancelled' } : { type: 'failed', error: toThreadError(error) };
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  }
}
