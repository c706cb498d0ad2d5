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
  let batch: OutboxBatch<WireChange> = reader.readWireBatch({ limit });
  while (batch.changes.length > 0) {
    options.signal?.throwIfAborted();
    const applying = applyBatch(hq, source, batch.changes);
    // Awaited below; this only keeps a failure from counting as unhandled while the read runs.
    applying.catch(() => undefined);
    // Read ahead while head office works; a failure below leaves this one pending too.
    const next = reader.readWireBatch({ afterSeq: batch.lastSeq, limit });
    const outcome = await applying;
    acknowledge(sql, batch.lastSeq);
    result.batches++;
    result.applied += outcome.applied;
    result.skipped += outcome.skipped;
    const pushed = result.applied + result.skipped;
    options.onProgress?.({ pushed, pending: Math.max(pendingTotal - pushed, 0) });
    batch = next;
  }
  return result;
}
