import type { MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { PAGE_CACHE_KIB } from '../../database/page-cache';
import { transferablesOf, type CopyBatch } from './copy-batch';
import type { PendingChange } from './outbox-reader';
import { RecordBuilder } from './record-builder';

export interface RecordBuildRequest {
  id: number;
  sourceUid: string;
  rows: PendingChange[];
}

export type RecordBuildReply = { id: number; ok: true; batch: CopyBatch } | { id: number; ok: false; message: string };

/** How much of the file the thread's connection maps. */
const MMAP_BYTES = 1 << 30;

/**
 * A sync's record thread: builds the records of the batches a push has claimed, on its own
 * read-only connection, and writes them as the COPY rows head office reads, so SQLite's work runs
 * on one core while the push's own thread talks to head office on another. The rows go back as
 * bytes handed over, not copied: the push's thread never touches the records' text. Each batch is
 * built in one read transaction (one state of the file), begun after the push committed its
 * claim, so it sees every change the claim covers.
 */
export function serveRecordBuilds(port: MessagePort, databasePath: string): void {
  const sql = new Database(databasePath, { readonly: true, fileMustExist: true });
  sql.pragma('busy_timeout = 5000');
  sql.pragma('query_only = ON');
  // A first sync reads the whole file once: a memory map spares it most copies.
  sql.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  sql.pragma(`mmap_size = ${MMAP_BYTES}`);
  const builder = new RecordBuilder(sql);
  port.on('message', (request: RecordBuildRequest) => {
    let batch: CopyBatch;
    try {
      sql.exec('BEGIN');
      batch = builder.buildCopyBatch(request.sourceUid, request.rows);
      sql.exec('COMMIT');
    } catch (error) {
      if (sql.inTransaction) sql.exec('ROLLBACK');
      const failed: RecordBuildReply = { id: request.id, ok: false, message: messageOf(error) };
      port.postMessage(failed);
      return;
    }
    const built: RecordBuildReply = { id: request.id, ok: true, batch };
    port.postMessage(built, transferablesOf(batch));
  });
}

/** A failure travels as its message: the push reports it as the sync's error. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
