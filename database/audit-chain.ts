import { createHash } from 'node:crypto';

/** The prev_hash of the first row of the trail: no row comes before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit row as stored: every column the row's hash covers. */
export interface StoredAuditRow {
  id: number;
  occurred_at: string;
  staff_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  result: string;
  error_code: string | null;
  /** The JSON text as stored, hashed as text so reading it back never changes the hash. */
  details: string | null;
  origin: string | null;
}

/**
 * The hex SHA-256 of a row's own fields and the hash of the row before it. The fields go in as
 * canonical JSON (fixed key order, stored values), so changing, removing or moving any row breaks
 * its own hash or the link of the row after it.
 */
export function auditRowHash(row: StoredAuditRow, prevHash: string): string {
  const canonical = JSON.stringify({
    id: row.id,
    occurred_at: row.occurred_at,
    staff_id: row.staff_id,
    action: row.action,
    entity: row.entity,
    entity_id: row.entity_id,
    result: row.result,
    error_code: row.error_code,
    details: row.details,
    origin: row.origin,
    prev_hash: prevHash,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
