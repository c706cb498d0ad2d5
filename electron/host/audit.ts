import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { auditRowHash, GENESIS_HASH } from '../../database/audit-chain';
import { prepared } from '../../database/prepared';

export type AuditResult = 'ok' | 'error' | 'forbidden' | 'unauthenticated';

/** One row of the audit trail, as every writer of it (dispatcher, password checks, job runner) gives it. */
export interface AuditRow {
  occurredAt: Date;
  staffId: number | null;
  action: string;
  entity: string | null;
  entityId: string | number | null;
  result: AuditResult;
  errorCode: string | null;
  details: Record<string, unknown> | null;
  /** Where the call came from: `window:<id>`, `browser:<session id>`, `cli`, `job:<id>` (see callOrigin). */
  origin: string;
}

/** How a call reached the dispatcher, as far as its origin goes. */
export interface CallSource {
  transport: 'ipc' | 'http' | 'test' | 'cli';
  client: string;
  sessionToken: string | null;
}

/**
 * What the audit trail records as a call's origin: the window, or the browser session by a short
 * id derived from its token (the token itself would let a reader of the log act as that session),
 * or the command line. Calls from tests keep their client name.
 */
export function callOrigin(source: CallSource): string {
  switch (source.transport) {
    case 'ipc':
      return source.client;
    case 'http':
      return source.sessionToken ? `browser:${sessionShortId(source.sessionToken)}` : 'browser';
    case 'cli':
      return 'cli';
    case 'test':
      return source.client;
  }
}

function sessionShortId(sessionToken: string): string {
  return createHash('sha256').update(sessionToken).digest('hex').slice(0, 8);
}

/**
 * The end of the chain: the last row's hash, and the id the next row takes. AUTOINCREMENT never
 * reuses an id, so the next id follows sqlite_sequence: rows removed from the end leave a gap the
 * check sees, rather than being overwritten by the next row.
 */
const CHAIN_END = `SELECT
    (SELECT "row_hash" FROM "audit_log" ORDER BY "id" DESC LIMIT 1) AS "prevHash",
    MAX(IFNULL((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'audit_log'), 0),
        IFNULL((SELECT MAX("id") FROM "audit_log"), 0)) AS "lastId"`;

const INSERT_AUDIT = `INSERT INTO "audit_log" ("id", "occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code", "details", "origin", "prev_hash", "row_hash")
  VALUES (@id, @occurred_at, @staff_id, @action, @entity, @entity_id, @result, @error_code, @details, @origin, @prev_hash, @row_hash)`;

/**
 * Appends the row on `sql`, chained to the row before it. Inside a transaction it joins it: every
 * writer (the dispatcher's BEGIN IMMEDIATE, its failure rows, the job runner's ending) holds the
 * write lock by then, so no other connection can append between the read of the chain's end and
 * the insert. Outside one it takes the write lock for those two statements itself.
 */
export function writeAudit(sql: Database.Database, row: AuditRow): void {
  if (sql.inTransaction) appendAudit(sql, row);
  else sql.transaction(() => appendAudit(sql, row)).immediate();
}

function appendAudit(sql: Database.Database, row: AuditRow): void {
  const end = prepared(sql, CHAIN_END).get() as { prevHash: string | null; lastId: number };
  const prevHash = end.prevHash ?? GENESIS_HASH;
  const stored = {
    id: end.lastId + 1,
    occurred_at: row.occurredAt.toISOString(),
    staff_id: row.staffId,
    action: row.action,
    entity: row.entity,
    entity_id: row.entityId === null ? null : String(row.entityId),
    result: row.result,
    error_code: row.errorCode,
    details: row.details && Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : null,
    origin: row.origin,
  };
  prepared(sql, INSERT_AUDIT).run({ ...stored, prev_hash: prevHash, row_hash: auditRowHash(stored, prevHash) });
}
