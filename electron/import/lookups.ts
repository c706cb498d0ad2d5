import type { ImportProfile } from '../../shared/import/profile';
import { AppError } from '../../shared/errors';
import { columnIndex } from './map-row';
import type { TableSource } from './read/table-source';

/** Rows this many or more make a lookup file too big to hold; it should be imported on its own. */
export const MAX_LOOKUP_ROWS = 2_000_000;

/**
 * A second, smaller file joined by key (Northwind's orders.csv for its order lines), held in memory:
 * only its key and the columns the profile reads, so memory stays near what the join needs.
 */
export class LookupTable {
  private readonly rows = new Map<string, string[]>();

  constructor(
    readonly table: string,
    private readonly columns: readonly string[],
  ) {}

  cellIndex(column: string): number {
    const index = columnIndex(this.columns, column);
    if (index < 0) throw new AppError('VALIDATION', `The file for "${this.table}" has no column "${column}".`);
    return index;
  }

  find(key: string): readonly string[] | undefined {
    return this.rows.get(key);
  }

  add(key: string, cells: string[], rowNumber: number): void {
    if (this.rows.has(key)) {
      throw new AppError('VALIDATION', `The file for "${this.table}" has the key "${key}" twice (row ${rowNumber}).`);
    }
    if (this.rows.size >= MAX_LOOKUP_ROWS) {
      throw new AppError('VALIDATION', `The file for "${this.table}" is too big to join; import it on its own first.`);
    }
    this.rows.set(key, cells);
  }
}

/**
 * An empty lookup for `table`, after checking its file has the join's key and every column the
 * profile reads from it. Answers the key's column index too, for filling it.
 */
export function prepareLookup(
  profile: ImportProfile,
  table: string,
  header: readonly string[],
): { lookup: LookupTable; keyIndex: number; indexes: number[] } {
  const join = profile.lookups?.[table];
  if (!join) throw new AppError('VALIDATION', `The mapping has no lookup called "${table}".`);
  const wanted = Object.values(profile.fields).flatMap((mapping) =>
    mapping.lookup?.table === table ? [mapping.lookup.column] : [],
  );
  const indexOf = (column: string) => {
    const index = columnIndex(header, column);
    if (index < 0) throw new AppError('VALIDATION', `The file for "${table}" has no column "${column}".`);
    return index;
  };
  return { lookup: new LookupTable(table, wanted), keyIndex: indexOf(join.key), indexes: wanted.map(indexOf) };
}

/** Reads every lookup file the profile joins, each given by its table name. */
export async function loadLookups(
  profile: ImportProfile,
  sources: ReadonlyMap<string, TableSource>,
  signal?: AbortSignal,
): Promise<Map<string, LookupTable>> {
  const tables = new Map<string, LookupTable>();
  for (const table of Object.keys(profile.lookups ?? {})) {
    const source = sources.get(table);
    if (!source) continue; // Reported when a field uses it (compileMapping); an unused join needs no file.
    const { lookup, keyIndex, indexes } = prepareLookup(profile, table, source.header);
    let count = 0;
    for await (const row of source.rows()) {
      if (row.problem)
        throw new AppError('VALIDATION', `The file for "${table}", row ${row.rowNumber}: ${row.problem}`);
      const key = (row.cells[keyIndex] ?? '').trim();
      if (key === '') continue;
      lookup.add(
        key,
        indexes.map((index) => row.cells[index] ?? ''),
        row.rowNumber,
      );
      if (++count % 10_000 === 0) signal?.throwIfAborted();
    }
    tables.set(table, lookup);
  }
  return tables;
}
