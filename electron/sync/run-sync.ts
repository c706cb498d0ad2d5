import type Database from 'better-sqlite3';
import { connectHq } from './hq-connection';
import { pullStoreMessages } from './pull-messages';
import { pushPending, type PushResult } from './push';
import { enqueueSnapshot } from './snapshot';
import { readSyncRecord, syncSource, updateSyncRecord } from './sync-record';

export interface SyncRunOptions {
  batchSize?: number;
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (progress: { phase: 'snapshot' | 'push' | 'pull'; done: number; total: number }) => void;
}

export interface SyncRunResult extends PushResult {
  /** Records queued by the first sync's snapshot (0 after it). */
  snapshotQueued: number;
  messagesPulled: number;
}

/**
 * One sync: connect (migrating head office's schema if needed), queue every existing record the
 * first time, push what is pending, pull head office's messages, and record the outcome. Every
 * write to this file is its own short transaction, so the app's own writes are never held up
 * for the length of a sync. A failure is recorded and rethrown; what was acknowledged stays done.
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
      let snapshotQueued = 0;
      if (readSyncRecord(sql).snapshotQueuedAt === null) {
        snapshotQueued = await enqueueSnapshot(sql, {
          onProgress: (p) => options.onProgress?.({ phase: 'snapshot', done: p.done, total: p.total }),
        });
        updateSyncRecord(sql, { snapshotQueuedAt: now().toISOString() });
      }
      const pushed = await pushPending(sql, hq, source, {
        batchSize: options.batchSize,
        signal: options.signal,
        onProgress: (p) => options.onProgress?.({ phase: 'push', done: p.pushed, total: p.pushed + p.pending }),
      });
      const messagesPulled = await pullStoreMessages(sql, hq, now());
      updateSyncRecord(sql, { lastSuccessAt: now().toISOString(), lastError: null, failures: 0 });
      return { ...pushed, snapshotQueued, messagesPulled };
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
