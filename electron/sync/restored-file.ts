import Database from 'better-sqlite3';
import { raiseLastSeq } from './snapshot';
import { readSyncRecord, updateSyncRecord } from './sync-record';

/**
 * Readies a database restored from a backup to sync in place of the file it replaces. Head office
 * may hold changes made after the backup, under change ids the restored file would use again (and
 * take for deliveries it already has), and records the backup never had. So the restored file
 * keeps the replaced file's identity at head office when the backup had none yet, numbers its
 * changes above every change the replaced file made, and sends every record it holds afresh at its
 * next sync, which then removes at head office whatever it no longer has (see planSnapshot).
 */
export function syncRestoredInPlaceOf(restoredPath: string, replacedPath: string): void {
  const replaced = new Database(replacedPath, { readonly: true, fileMustExist: true });
  let replacedUid: string | null;
  let replacedLastSeq: number;
  try {
    replacedUid = readSyncRecord(replaced).sourceUid;
    replacedLastSeq = lastSeqOf(replaced);
  } finally {
    replaced.close();
  }
  const restored = new Database(restoredPath, { fileMustExist: true });
  try {
    restored.transaction(() => {
      const sourceUid = readSyncRecord(restored).sourceUid ?? replacedUid;
      // Neither file ever synced: head office knows nothing of either.
      if (sourceUid === null) return;
      updateSyncRecord(restored, { sourceUid, snapshotSentAt: null, snapshot: null });
      raiseLastSeq(restored, replacedLastSeq);
    })();
  } finally {
    restored.close();
  }
}

const lastSeqOf = (sql: Database.Database) =>
  sql.prepare('SELECT "last_seq" FROM "sync_state" WHERE "id" = 1').pluck().get() as number;
