import type Database from 'better-sqlite3';
import { connectHq } from './hq-connection';
import { pullStoreMessages } from './pull-messages';
import type pg from 'pg';
import { Arrivals } from './arrivals';
import type { SyncSource } from './hq-apply';
import { pushPending, type PushResult } from './push';
import { enqueueSnapshot, snapshotSize } from './snapshot';
import { readSyncRecord, syncSource, updateSyncRecord } from './sync-record';

export interface SyncRunOptions {
  batchSize?: number;
  /** Records a first sync's snapshot queues per transaction. */
  snapshotChunk?: number;
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (progress: { phase: 'push' | 'pull'; done: number; total: number }) => void;
}

export interface SyncRunResult extends PushResult {
  /** Records queued by the first sync's snapshot (0 after it). */
  snapshotQueued: number;
  messagesPulled: number;
}

/**
 * One sync: connect (migrating head office's schema if needed), push what is pending (the first
 * time, every existing record, queued while the push sends what is queued already), pull head
 * office's messages, and record the outcome. Every write to this file is its own short
 * transaction, so the app's own writes are never held up for the length of a sync. A failure is recorded and rethrown; what was acknowledged stays done.
 */
export async function runSync(
  sql: Database.Database,
  hqUrl: string,
  options: SyncRunOptions = {},
): Promise<SyncRunResult> {
  const now = options.now ?? (() => new Date());
  updateSyncRecord(sql, { lastAttemptAt: now().toISOString() });
  try {
    const hq = await connectHq(hqUrl);
    try {
      const source = syncSource(sql);
      const pushed = await pushWithSnapshot(sql, hq, source, options, now);
      const messagesPulled = await pullStoreMessages(sql, hq, now());
      updateSyncRecord(sql, { lastSuccessAt: now().toISOString(), lastError: null, failures: 0 });
      return { ...pushed, messagesPulled };
    } finally {
      await hq.end().catch(() => undefined);
    }
  } catch (error) {
    const { failures } = readSyncRecord(sql);
    updateSyncRecord(sql, {
      lastError: error instanceof Error ? error.message : String(error),
      failures: failures + 1,
    });
    throw error;
  }
}

/**
 * The push, and on a first sync the snapshot queued beside it: each chunk of records the
 * snapshot commits is soon read by the push, so queueing millions of records costs the push
 * hardly any time. The snapshot remembers its place chunk by chunk: a sync stopped half-way (a
 * failure, a cancel) resumes it there, never queueing again what was already sent.
 */
async function pushWithSnapshot(
  sql: Database.Database,
  hq: pg.Client,
  source: SyncSource,
  options: SyncRunOptions,
  now: () => Date,
): Promise<PushResult & { snapshotQueued: number }> {
  const pushOptions = {
    batchSize: options.batchSize,
    signal: options.signal,
    onProgress: (p: { pushed: number; pending: number }) =>
      options.onProgress?.({ phase: 'push', done: p.pushed, total: p.pushed + p.pending }),
  };
  const record = readSyncRecord(sql);
  if (record.snapshotQueuedAt !== null)
    return { ...(await pushPending(sql, hq, source, pushOptions)), snapshotQueued: 0 };

  const arrivals = new Arrivals();
  const stopSnapshot = new AbortController();
  const expected = snapshotSize(sql, record.snapshotPlace);
  const snapshot = enqueueSnapshot(sql, {
    from: record.snapshotPlace,
    rowsPerChunk: options.snapshotChunk,
    signal: options.signal ? AbortSignal.any([options.signal, stopSnapshot.signal]) : stopSnapshot.signal,
    onChunk: (place) => updateSyncRecord(sql, { snapshotPlace: place }),
    onProgress: () => arrivals.arrived(),
  }).then(
    (queued) => {
      updateSyncRecord(sql, { snapshotQueuedAt: now().toISOString(), snapshotPlace: null });
      arrivals.end();
      return queued;
    },
    (error: unknown) => {
      arrivals.end({ error });
      throw error;
    },
  );
  const push = pushPending(sql, hq, source, { ...pushOptions, incoming: { expected, more: () => arrivals.more() } });
  // A push that fails stops the snapshot at its next chunk; one that succeeds has waited for it.
  push.catch(() => stopSnapshot.abort());
  const [pushed, queued] = await Promise.allSettled([push, snapshot]);
  if (pushed.status === 'rejected') throw pushed.reason;
  if (queued.status === 'rejected') throw queued.reason;
  return { ...pushed.value, snapshotQueued: queued.value };
}
