import type Database from 'better-sqlite3';
import { connectHq, explainBrokenConnection } from './hq-connection';
import { pullStoreMessages } from './pull-messages';
import type pg from 'pg';
import { hqLastSeq, removeRecordsBelow, type SyncSource } from './hq-apply';
import { pushPending, type PushResult } from './push';
import { advancedTo, planSnapshot, type SnapshotPlan } from './snapshot';
import { readSyncRecord, syncSource, updateSyncRecord } from './sync-record';

export interface SyncRunOptions {
  batchSize?: number;
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (progress: { phase: 'push' | 'pull'; done: number; total: number }) => void;
}

export interface SyncRunResult extends PushResult {
  messagesPulled: number;
}

/**
 * One sync: connect (migrating head office's schema if needed), push what is pending (the first
 * time, every existing record, queued while the push sends what is queued already), pull head
 * office's messages, and record the outcome. Every write to this file is its own short
 * transaction, so the app's own writes are never held up for the length of a sync. A failure is
 * recorded, in words the admin can act on, and rethrown; what was acknowledged stays done.
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
  } catch (thrown) {
    const error = explainBrokenConnection(thrown, hqUrl);
    const { failures } = readSyncRecord(sql);
    updateSyncRecord(sql, {
      lastError: error instanceof Error ? error.message : String(error),
      failures: failures + 1,
    });
    throw error;
  }
}

/**
 * The push, on a first sync with the snapshot of every record first. The plan (each record's
 * change id) is made once and remembered with how far head office has committed, batch by
 * batch: a first sync stopped half-way (a failure, a cancel) resumes there, never sending again
 * what head office already has.
 */
async function pushWithSnapshot(
  sql: Database.Database,
  hq: pg.Client,
  source: SyncSource,
  options: SyncRunOptions,
  now: () => Date,
): Promise<PushResult> {
  const pushOptions = {
    batchSize: options.batchSize,
    signal: options.signal,
    onProgress: (p: { pushed: number; pending: number }) =>
      options.onProgress?.({ phase: 'push', done: p.pushed, total: p.pushed + p.pending }),
  };
  const record = readSyncRecord(sql);
  if (record.snapshotSentAt !== null) return pushPending(sql, hq, source, pushOptions);
  const plan = record.snapshot ?? (await planFirstSync(sql, hq, source));
  const pushed = await pushPending(sql, hq, source, {
    ...pushOptions,
    snapshot: { plan, onSent: (place) => updateSyncRecord(sql, { snapshot: advancedTo(plan, place) }) },
  });
  // What a restored file no longer has goes before the snapshot counts as sent: a sync stopped here does it next time.
  if (plan.replacesBelow !== undefined) await removeRecordsBelow(hq, source.uid, plan.replacesBelow);
  updateSyncRecord(sql, { snapshotSentAt: now().toISOString(), snapshot: null });
  return pushed;
}

/**
 * Reserves a first sync's seqs above every change head office already has from this file (a file
 * restored from a backup has more there than it remembers) and remembers the plan, in one
 * transaction: a plan is never made twice.
 */
async function planFirstSync(sql: Database.Database, hq: pg.Client, source: SyncSource): Promise<SnapshotPlan> {
  const applied = await hqLastSeq(hq, source.uid);
  return sql.transaction(() => updateSyncRecord(sql, { snapshot: planSnapshot(sql, applied) }))().snapshot!;
}
