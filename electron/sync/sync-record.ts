import type Database from 'better-sqlite3';
import { newUid } from '../../database/ids';
import type { SyncSource } from './hq-apply';
import { snapshotRemaining, wholeFilePlan, type SnapshotPlan } from './snapshot';

/**
 * What this file remembers about its sync with head office, in the settings table: its identity
 * at head office (made on the first sync), whether its existing records were sent by the first
 * push (or how far that got), the outcome of the last attempts, and how far it has pulled head
 * office's messages.
 */
export interface SyncRecord {
  sourceUid: string | null;
  /** When the first sync's snapshot of every record was all at head office. */
  snapshotSentAt: string | null;
  /** The first sync's snapshot while it is being sent: its change ids and how far it has got. */
  snapshot: SnapshotPlan | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
  /** Failures since the last success: the back-off's input. */
  failures: number;
  /** The id of the last head-office message applied here. */
  pulledMessageId: number;
}

const KEY = 'sync.record';

const EMPTY: SyncRecord = {
  sourceUid: null,
  snapshotSentAt: null,
  snapshot: null,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  failures: 0,
  pulledMessageId: 0,
};

export function readSyncRecord(sql: Database.Database): SyncRecord {
  const stored = sql.prepare('SELECT "value" FROM "settings" WHERE "key" = ?').pluck().get(KEY) as string | undefined;
  if (stored === undefined) return { ...EMPTY };
  const { snapshotQueuedAt, ...record } = JSON.parse(stored) as Partial<SyncRecord> & { snapshotQueuedAt?: string };
  // Files synced before snapshots were sent from their tables queued theirs in the outbox, which still holds what is left.
  return { ...EMPTY, ...record, snapshotSentAt: record.snapshotSentAt ?? snapshotQueuedAt ?? null };
}

/** Merges `changes` into the record; one small write, in the caller's transaction if there is one. */
export function updateSyncRecord(sql: Database.Database, changes: Partial<SyncRecord>): SyncRecord {
  const write = () => {
    const next = { ...readSyncRecord(sql), ...changes };
    sql
      .prepare(
        'INSERT INTO "settings" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"',
      )
      .run(KEY, JSON.stringify(next));
    return next;
  };
  return sql.inTransaction ? write() : sql.transaction(write).immediate();
}

/** This file's identity at head office, made once; named after its first store. */
export function syncSource(sql: Database.Database): SyncSource {
  let { sourceUid } = readSyncRecord(sql);
  if (sourceUid === null) sourceUid = updateSyncRecord(sql, { sourceUid: newUid() }).sourceUid!;
  const name = sql.prepare('SELECT "name" FROM "stores" ORDER BY "id" LIMIT 1').pluck().get() as string | undefined;
  return { uid: sourceUid, name: name ?? 'Backroom' };
}

/** Changes still waiting to leave: until the first sync is done, every record not yet sent counts. */
export function pendingCount(sql: Database.Database): number {
  const outbox = sql.prepare('SELECT COUNT(*) FROM "sync_outbox"').pluck().get() as number;
  const { snapshotSentAt, snapshot } = readSyncRecord(sql);
  return snapshotSentAt !== null ? outbox : outbox + snapshotRemaining(sql, snapshot ?? wholeFilePlan(sql));
}
