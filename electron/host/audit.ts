import type Database from 'better-sqlite3';
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
}

const INSERT_AUDIT = `INSERT INTO "audit_log" ("occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code", "details")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Appends the row on `sql`: inside a write it joins that write's transaction. */
export function writeAudit(sql: Database.Database, row: AuditRow): void {
  prepared(sql, INSERT_AUDIT).run(
    row.occurredAt.toISOString(),
    row.staffId,
    row.action,
    row.entity,
    row.entityId === null ? null : String(row.entityId),
    row.result,
    row.errorCode,
    row.details && Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : null,
  );
}
