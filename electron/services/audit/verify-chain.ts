import type Database from 'better-sqlite3';
import type { AuditChainReport } from '../../../shared/contract/audit';
import { auditRowHash, GENESIS_HASH, type StoredAuditRow } from '../../../database/audit-chain';

interface ChainRow extends StoredAuditRow {
  prev_hash: string | null;
  row_hash: string | null;
}

const ROWS = `SELECT "id", "occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code",
    "details", "origin", "prev_hash", "row_hash"
  FROM "audit_log" ORDER BY "id"`;

/** The highest id ever given: AUTOINCREMENT keeps it even when the rows at the end are gone. */
const LAST_GIVEN_ID = `SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'audit_log'`;

/**
 * Walks the audit trail in id order and checks every link: ids follow one another (a removed row
 * leaves a gap), each row names the hash of the row before it, and its own hash matches its
 * fields. One read snapshot, one pass, constant memory. Stops at the first broken row.
 */
export function verifyAuditChain(sql: Database.Database): AuditChainReport {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  const broken = (row: { id: number }, reason: 'hash' | 'prev_hash' | 'gap', message: string): AuditChainReport => ({
    status: 'broken',
    rows,
    brokenId: row.id,
    reason,
    message,
  });
  // A write between the two reads would look like a change: both come from one snapshot.
  return sql.transaction((): AuditChainReport => {
    for (const row of sql.prepare(ROWS).iterate() as IterableIterator<ChainRow>) {
      if (row.id !== expectedId) return broken(row, 'gap', missingRows(expectedId, row.id - 1));
      if (row.prev_hash !== prevHash)
        return broken(row, 'prev_hash', `Row ${row.id} does not link to the row before it (prev_hash mismatch).`);
      if (row.row_hash === null || row.row_hash !== auditRowHash(row, prevHash))
        return broken(row, 'hash', `Row ${row.id} was changed after it was written (hash mismatch).`);
      prevHash = row.row_hash;
      expectedId = row.id + 1;
      rows += 1;
    }
    const lastGiven = (sql.prepare(LAST_GIVEN_ID).pluck().get() as number | undefined) ?? 0;
    if (lastGiven >= expectedId) return broken({ id: expectedId }, 'gap', missingRows(expectedId, lastGiven));
    return { status: 'intact', rows };
  })();
}

function missingRows(first: number, last: number): string {
  return first === last ? `Row ${first} is missing (gap).` : `Rows ${first} to ${last} are missing (gap).`;
}
