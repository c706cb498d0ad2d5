import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { ImportRow, ImportValue, ImportWriter, RowProblem, WriterContext } from '../writer';
import { writeGuardedRows, newCounts } from './row-guard';

export interface RecordTable {
  table: 'customers' | 'suppliers';
  /** "customer": what a problem calls one record. */
  noun: string;
  /** Field key → column, for every field stored as it is. */
  columns: Readonly<Record<string, string>>;
  /** Fields that identify one record (UNIQUE columns); the first is the natural key when none is chosen. */
  unique: readonly string[];
  /** Values of a new record's columns the file does not map. */
  defaults: (ctx: WriterContext) => Record<string, ImportValue>;
  /** Turns a row's values into column values (booleans, normalized phones), or refuses it by the field's key. */
  prepare(row: ImportRow): Record<string, ImportValue> | RowProblem;
  /** A record that may no longer change (an anonymized customer), with why, said of the key's value. */
  frozenReason?: string;
  frozenColumn?: string;
}

/**
 * Customers and suppliers: find the record by the chosen natural key; insert, update the mapped
 * fields, or skip as the mode says; refuse a row whose unique values belong to another record.
 * Problems name the field by its key, so the import shows the file's column. Search indexes and
 * the sync outbox follow by the tables' triggers.
 */
export function recordWriter(ctx: WriterContext, spec: RecordTable): ImportWriter {
  const { sql } = ctx;
  const key = ctx.naturalKey ?? spec.unique[0]!;
  const counts = newCounts();
  const holderOf = (field: string, value: ImportValue) =>
    prepared(
      sql,
      `SELECT "id"${spec.frozenColumn ? `, "${spec.frozenColumn}" IS NOT NULL AS "frozen"` : ''} FROM "${spec.table}" WHERE "${spec.columns[field]}" = ?`,
    ).get(value) as { id: number; frozen?: number } | undefined;

  const write = (row: ImportRow): RowProblem | null => {
    const values = spec.prepare(row);
    if ('reason' in values && 'rowNumber' in values) return values as RowProblem;
    const keyValue = (values as Record<string, ImportValue>)[key] ?? null;
    const existing = keyValue === null ? undefined : holderOf(key, keyValue);
    if (existing && ctx.mode === 'skip') {
      counts.skipped += 1;
      return null;
    }
    if (existing && ctx.mode === 'insert') {
      return {
        rowNumber: row.rowNumber,
        column: key,
        value: String(keyValue),
        reason: `belongs to a ${spec.noun} already (this import adds new ${spec.noun}s only)`,
      };
    }
    if (existing?.frozen) {
      return {
        rowNumber: row.rowNumber,
        column: key,
        value: String(keyValue),
        reason: spec.frozenReason!,
      };
    }
    for (const field of spec.unique) {
      const value = (values as Record<string, ImportValue>)[field];
      if (value === null || value === undefined || field === key) continue;
      const holder = holderOf(field, value);
      if (holder && holder.id !== existing?.id) {
        return {
          rowNumber: row.rowNumber,
          column: field,
          value: String(value),
          reason: `belongs to another ${spec.noun} already`,
        };
      }
    }
    const fields = Object.keys(values);
    if (existing) {
      if (fields.length > 0) {
        prepared(
          sql,
          `UPDATE "${spec.table}" SET ${fields.map((field) => `"${spec.columns[field]}" = @${field}`).join(', ')}, "updated_at" = @now
           WHERE "id" = @id`,
        ).run({ ...values, id: existing.id, now: ctx.now });
      }
      counts.updated += 1;
    } else {
      const all = { ...spec.defaults(ctx), ...values };
      const names = Object.keys(all);
      prepared(
        sql,
        `INSERT INTO "${spec.table}" ("uid", ${names.map((field) => `"${spec.columns[field]}"`).join(', ')}, "created_at", "updated_at")
         VALUES (@uid, ${names.map((field) => `@${field}`).join(', ')}, @now, @now)`,
      ).run({ ...all, uid: newUid(Date.parse(ctx.now)), now: ctx.now });
      counts.inserted += 1;
    }
    return null;
  };

  return {
    write: (rows) => writeGuardedRows(sql, rows, counts, write),
    finish: () => [],
    summary: () => ({ ...counts }),
  };
}
