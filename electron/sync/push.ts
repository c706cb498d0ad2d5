import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { applyBatch, type SyncSource } from './hq-apply';
import { acknowledge, OutboxReader, type OutboxBatch, type WireChange } from './outbox-reader';

export interface PushOptions {
  /** Changes per batch, each one head-office transaction. */
  batchSize?: number;
  signal?: AbortSignal;
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

/**
 * Sends every pending change to head office, oldest first, batch by batch, and removes a batch
 * from the outbox only once head office has committed it. While head office applies one batch
 * the next is read from SQLite, so the two sides work at the same time. If anything fails the
 * batches not yet acknowledged stay pending and are read again, from the same place, next time.
 */
export async function pushPending(
  sql: Database.Database,
  hq: ClientBase,
  source: SyncSource,
  options: PushOptions = {},
): Promise<PushResult> {
  const reader = new OutboxReader(sql);
  const limit = options.batchSize ?? DEFAULT_PUSH_BATCH;
  const pendingTotal = sql.prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;
  const result: PushResult = { batches: 0, applied: 0, skipped: 0 };
  let batch: OutboxBatch<WireChange> = await reader.readWireBatchInSlices({ limit });
  while (batch.changes.length > 0) {
    options.signal?.throwIfAborted();
    // Head office applies this batch while the next is read; both settle before either is used,
    // so a failure never leaves the read's transaction open on the file's connection.
    const [applied, read] = await Promise.allSettled([
      applyBatch(hq, source, batch.changes),
      reader.readWireBatchInSlices({ afterSeq: batch.lastSeq, limit }),
    ]);
    if (applied.status === 'rejected') throw applied.reason;
    acknowledge(sql, batch.lastSeq);
    result.batches++;
    result.applied += applied.value.applied;
    result.skipped += applied.value.skipped;
    const pushed = result.applied + result.skipped;
    options.onProgress?.({ pushed, pending: Math.max(pendingTotal - pushed, 0) });
    if (read.status === 'rejected') throw read.reason;
    batch = read.value;
  }
  return result;
}
