import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import type { CopyBatch } from './copy-batch';
import { applyCopyBatch, type SyncSource } from './hq-apply';
import { acknowledge, OutboxReader } from './outbox-reader';
import { RecordThread } from './record-thread-client';

export interface PushOptions {
  /** Changes per batch, each one head-office transaction. */
  batchSize?: number;
  signal?: AbortSignal;
  /**
   * Changes still being queued beside the push (a first sync's snapshot): how many are expected,
   * and, once the outbox reads empty, whether more have arrived (waiting for them if need be).
   */
  incoming?: { expected: number; more: () => Promise<boolean> };
  onProgress?: (progress: { pushed: number; pending: number }) => void;
}

export interface PushResult {
  batches: number;
  /** Changes head office applied now. */
  applied: number;
  /** Changes head office already had (a batch it committed whose acknowledgement was lost). */
  skipped: number;
}

export const DEFAULT_PUSH_BATCH = 5_000;

/** A claimed batch, ready for head office, and the seq to acknowledge once it has committed it. */
interface ReadBatch {
  batch: CopyBatch;
  lastSeq: number;
}

/** Batches pending before a push builds its records on a thread of its own: starting one costs a moment. */
const BATCHES_FOR_A_THREAD = 3;

/**
 * Sends every pending change to head office, oldest first, batch by batch, and removes a batch
 * from the outbox only once head office has committed it. While head office applies one batch
 * the next is read from SQLite, so the two sides work at the same time. If anything fails the
 * batches not yet acknowledged stay pending and are read again, from the same place, next time.
 * A long push (a first sync) builds its records on a record thread with its own read-only
 * connection, so SQLite's work and head office's run on two cores; a short one builds them here.
 */
export async function pushPending(
  sql: Database.Database,
  hq: ClientBase,
  source: SyncSource,
  options: PushOptions = {},
): Promise<PushResult> {
  const reader = new OutboxReader(sql);
  const limit = options.batchSize ?? DEFAULT_PUSH_BATCH;
  const pendingTotal =
    (sql.prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number) + (options.incoming?.expected ?? 0);
  // The thread reads the file by name, and sees only what this connection has committed.
  const onFile = sql.name !== '' && sql.name !== ':memory:' && !sql.memory && !sql.inTransaction;
  const thread = onFile && pendingTotal >= BATCHES_FOR_A_THREAD * limit ? RecordThread.start(sql.name) : null;
  const read = async (afterSeq?: number): Promise<ReadBatch> => {
    if (thread) return reader.readCopyBatchOnThread(thread, source.uid, { afterSeq, limit });
    return reader.readCopyBatchInSlices(source.uid, { afterSeq, limit });
  };
  try {
    return await pushBatches(sql, hq, source, options, pendingTotal, read);
  } finally {
    await thread?.close();
  }
}

async function pushBatches(
  sql: Database.Database,
  hq: ClientBase,
  source: SyncSource,
  options: PushOptions,
  pendingTotal: number,
  read: (afterSeq?: number) => Promise<ReadBatch>,
): Promise<PushResult> {
  const result: PushResult = { batches: 0, applied: 0, skipped: 0 };
  let { batch, lastSeq } = await read();
  let readUpTo = lastSeq;
  for (;;) {
    if (batch.seqs.length === 0) {
      // Caught up with what is queued: wait for more if some is still being queued.
      if (!options.incoming || !(await options.incoming.more())) break;
      ({ batch, lastSeq } = await read(readUpTo));
      readUpTo = Math.max(readUpTo, lastSeq);
      continue;
    }
    options.signal?.throwIfAborted();
    // Head office applies this batch while the next is read; both settle before either is used,
    // so a failure never leaves the read's transaction open on the file's connection.
    const [applied, next] = await Promise.allSettled([applyCopyBatch(hq, source, batch), read(lastSeq)]);
    if (applied.status === 'rejected') throw applied.reason;
    acknowledge(sql, lastSeq);
    result.batches++;
    result.applied += applied.value.applied;
    result.skipped += applied.value.skipped;
    const pushed = result.applied + result.skipped;
    options.onProgress?.({ pushed, pending: Math.max(pendingTotal - pushed, 0) });
    if (next.status === 'rejected') throw next.reason;
    ({ batch, lastSeq } = next.value);
    readUpTo = Math.max(readUpTo, lastSeq);
  }
  return result;
}
