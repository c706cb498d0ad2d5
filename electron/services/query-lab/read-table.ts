import type Database from 'better-sqlite3';
import type { ResultTable } from '../../../shared/contract/query-lab';

type Cell = string | number | null;

/** A value as a table cell: blobs are described, never sent; integers past 2^53 as text. */
export function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `<blob, ${value.byteLength} bytes>`;
  return String(value);
}

/**
 * Up to `maxRows` rows of a prepared read, walked one at a time so a huge result stops at the cap
 * instead of being built whole. One row past the cap tells that more matched.
 */
export function readTable(statement: Database.Statement, maxRows: number, params: unknown[] = []): ResultTable {
  const names = statement.columns().map((column) => column.name);
  const rows: Cell[][] = [];
  let truncated = false;
  for (const row of statement.raw(true).iterate(...params) as Iterable<unknown[]>) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(row.map(toCell));
  }
  return {
    columns: uniqueKeys(names).map((key, index) => ({ key, label: names[index]!, kind: 'text' as const })),
    rows,
    truncated,
  };
}

/** Column keys must tell columns apart even where the query named two alike ("id", "id"). */
function uniqueKeys(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
