import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import type { CopyBatch } from './copy-batch';
import { applyCopyBatch, type SyncSource } from './hq-apply';
import { acknowledge, OutboxReader, type PendingChange } from './outbox-reader';
import { RecordBuilder } from './record-builder';
import { RecordThread } from './record-thread-client';
import { SnapshotReader, snapshotRemaining, type SnapshotPlace, type SnapshotPlan } from './snapshot';

export interface PushOptions {
  /** Changes per batch, each one head-office transaction. */
  batchSize?: number;
  signal?: AbortSignal;
  /** A first sync's snapshot, sent before the outbox; `onSent` records each batch head office committed. */
  snapshot?: { plan: SnapshotPlan; onSent: (place: SnapshotPlace) => void };
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

/** A batch ready for head office, and what to record here once head office has committed it. */
interface ReadBatch {
  batch: CopyBatch;
  sent: () => void;
}

/** Batches pending before a push builds its records on a thread of its own: starting one costs a moment. */
const BATCHES_FOR_A_THREAD = 3;

/**
 * Sends a first sync's snapshot, then every pending change, oldest first, batch by batch, and
 * counts a batch sent (its place in the snapshot recorded, its changes removed from the outbox)
 * only once head office has committed it. While head office applies one batch the next is read
 * from SQLite, so the two sides work at the same time. If anything fails, what was not counted
 * sent is read again, from the same place, next time. A long push (a first sync) builds its
 * records on a record thread with its own read-only connection, so SQLite's work and head
 * office's run on two cores; a short one builds them here.
 */
export async function pushPending(
  sql: Database.Database,
  hq: ClientBase,
  source: SyncSource,
  options: PushOptions = {},
): Promise<PushResult> {
  const limit = options.batchSize ?? DEFAULT_PUSH_BATCH;
  const snapshot = options.snapshot;
  const pendingTotal =
    (sql.prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number) +
    (snapshot ? snapshotRemaining(sql, snapshot.plan) : 0);
  // The thread reads the file by name, and sees only what this connection has committed.
  const onFile = sql.name !== '' && sql.name !== ':memory:' && !sql.memory && !sql.inTransaction;
  const thread = onFile && pendingTotal >= BATCHES_FOR_A_THREAD * limit ? RecordThread.start(sql.name) : null;
  const builder = new RecordBuilder(sql);
  const build = (rows: PendingChange[]) =>
    thread ? thread.build(source.uid, rows) : builder.buildCopyBatchInSlices(source.uid, rows);

  const outbox = new OutboxReader(sql);
  let afterSeq: number | undefined;
  const readOutbox = async (): Promise<ReadBatch | null> => {
    const { rows, lastSeq } = outbox.claim({ afterSeq, limit });
    if (rows.length === 0) return null;
    afterSeq = lastSeq;
    return { batch: await build(rows), sent: () => acknowledge(sql, lastSeq) };
  };
  // Null once the snapshot has been read to its end: the outbox comes next.
  let snapshotReader = snapshot ? new SnapshotReader(sql, snapshot.plan) : null;
  const read = async (): Promise<ReadBatch | null> => {
    if (snapshotReader) {
      const { rows, place } = snapshotReader.next(limit);
      if (rows.length > 0) return { batch: await build(rows), sent: () => snapshot!.onSent(place) };
      snapshotReader = null;
    }
    return readOutbox();
  };
  try {
    return await pushBatches(hq, source, options, pendingTotal, read);
  } finally {
    await thread?.close();
  }
}

async function pushBatches(
  hq: ClientBase,
  source: SyncSource,
  options: PushOptions,
  pendingTotal: number,
  read: () => Promise<ReadBatch | null>,
): Promise<PushResult> {
  const result: PushResult = { batches: 0, applied: 0, skipped: 0 };
  let current = await read();
  while (current !== null) {
    options.signal?.throwIfAborted();
    // Head office applies this batch while the next is read; both settle before either is used,
    // so a failure never leaves the read's transaction open on the file's connection.
    const [applied, next] = await Promise.allSettled([applyCopyBatch(hq, source, current.batch), read()]);
    if (applied.status === 'rejected') throw applied.reason;
    current.sent();
    result.batches++;
    result.applied += applied.value.applied;
    result.skipped += applied.value.skipped;
    const pushed = result.applied + result.skipped;
    options.onProgress?.({ pushed, pending: Math.max(pendingTotal - pushed, 0) });
    if (next.status === 'rejected') throw next.reason;
    current = next.value;
  }
  return result;
}
