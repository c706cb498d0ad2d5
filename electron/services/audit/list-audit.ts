import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AuditEntry, auditListInput } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/errors';
import { localDayRange } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import { decodeCursor, encodeCursor } from '../catalog/keyset-cursor';
import { requireZonedStore } from '../stores/store-zone';

export type AuditListFilters = z.output<typeof auditListInput>;

const CURSOR_ORDER = 'audit';

interface AuditListRow {
  id: number;
  occurred_at: string;
  staff_id: number | null;
  staff_name: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  result: AuditEntry['result'];
  error_code: string | null;
  details: string | null;
  origin: string | null;
}

/**
 * One page of the audit trail, newest first. The id is the order of the trail itself (rows are
 * appended in turn, under the write lock), so the keyset is the id alone and any page, at any
 * depth, starts with one index seek. Days are the caller's store's days.
 */
export function listAudit(
  sql: Database.Database,
  storeId: number,
  input: AuditListFilters,
): { items: AuditEntry[]; nextCursor: string | null } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit + 1 };
  const where = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (input.cursor !== undefined) where('a."id" < @afterId', 'afterId', decodeCursor(input.cursor, CURSOR_ORDER).id);
  if (input.staffId !== undefined) where('a."staff_id" = @staffId', 'staffId', input.staffId);
  if (input.actionPrefix !== undefined)
    where('substr(a."action", 1, length(@actionPrefix)) = @actionPrefix', 'actionPrefix', input.actionPrefix);
  if (input.entity !== undefined) where('a."entity" = @entity', 'entity', input.entity);
  if (input.entityId !== undefined) where('a."entity_id" = @entityId', 'entityId', input.entityId);
  if (input.result !== undefined) where('a."result" = @result', 'result', input.result);
  if (input.text !== undefined) where(`a."details" LIKE @text ESCAPE '\\'`, 'text', `%${escapeLike(input.text)}%`);
  if (input.fromDay !== undefined || input.toDay !== undefined) {
    if (input.fromDay !== undefined && input.toDay !== undefined && input.fromDay > input.toDay)
      throw new AppError('VALIDATION', 'The date range ends before it starts.', {
        issues: [{ path: 'toDay', message: 'The range ends before it starts' }],
      });
    const { timeZone } = requireZonedStore(sql, storeId);
    if (input.fromDay !== undefined)
      where('a."occurred_at" >= @from', 'from', localDayRange(timeZone, input.fromDay).from);
    if (input.toDay !== undefined) where('a."occurred_at" < @to', 'to', localDayRange(timeZone, input.toDay).to);
  }

  const rows = prepared(
    sql,
    `SELECT a."id", a."occurred_at", a."staff_id", s."display_name" AS "staff_name", a."action", a."entity",
        a."entity_id", a."result", a."error_code", a."details", a."origin"
     FROM "audit_log" a LEFT JOIN "staff_members" s ON s."id" = a."staff_id"
     ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY a."id" DESC LIMIT @limit`,
  ).all(params) as AuditListRow[];

  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toEntry),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ value: null, id: last.id }, CURSOR_ORDER) : null,
  };
}

function toEntry(row: AuditListRow): AuditEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    staff: row.staff_id === null ? null : { id: row.staff_id, name: row.staff_name ?? `Staff #${row.staff_id}` },
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    result: row.result,
    errorCode: row.error_code,
    details: parseDetails(row.details),
    origin: row.origin,
  };
}

/** Details are a JSON object when Backroom wrote them; anything else is shown as it is, under `value`. */
function parseDetails(details: string | null): Record<string, unknown> | null {
  if (details === null) return null;
  const parsed = JSON.parse(details) as unknown;
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : { value: parsed };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
