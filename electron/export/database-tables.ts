import type Database from 'better-sqlite3';

/** Columns a full export leaves out, and why: secrets and login state are not data to hand on. */
export const OMITTED_COLUMNS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  staff_members: {
    password_hash: 'password hashes are secrets',
    failed_login_count: 'login state',
    locked_until: 'login state',
  },
};

export interface ExportedTable {
  name: string;
  columns: string[];
  /** Every column of the primary key in order, or the rowid for a table without one. */
  orderBy: string;
}

export interface TablePlan {
  tables: ExportedTable[];
  /** Tables not exported: search indexes, rebuilt from the tables they index. */
  skipped: { table: string; reason: string }[];
  omittedColumns: { table: string; column: string; reason: string }[];
}

interface MasterRow {
  name: string;
  sql: string;
}

interface ColumnRow {
  name: string;
  pk: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the file, by name: all of them but SQLite's own and the full-text search indexes
 * (virtual tables and their shadow tables), which hold nothing the indexed tables do not.
 * Sessions live only in memory, so there is no table of them to leave out.
 */
export function planTables(sql: Database.Database): TablePlan {
  const all = sql
    .prepare(
      `SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY "name"`,
    )
    .all() as MasterRow[];
  const virtual = all.filter((table) => /^CREATE\s+VIRTUAL\s+TABLE/i.test(table.sql)).map((table) => table.name);
  const isIndex = (name: string) => virtual.some((index) => name === index || name.startsWith(`${index}_`));
  const plan: TablePlan = { tables: [], skipped: [], omittedColumns: [] };
  for (const { name } of all) {
    if (isIndex(name)) {
      plan.skipped.push({ table: name, reason: 'search index, rebuilt from the tables it indexes' });
      continue;
    }
    const info = sql.prepare('SELECT "name", "pk" FROM pragma_table_info(?) ORDER BY "cid"').all(name) as ColumnRow[];
    const omitted = OMITTED_COLUMNS[name] ?? {};
    for (const [column, reason] of Object.entries(omitted)) plan.omittedColumns.push({ table: name, column, reason });
    const key = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk);
    plan.tables.push({
      name,
      columns: info.map((column) => column.name).filter((column) => !(column in omitted)),
      orderBy: key.length > 0 ? key.map((column) => quote(column.name)).join(', ') : '"rowid"',
    });
  }
  return plan;
}

/** Rows of a table as arrays of cells, in primary key order, read one at a time. */
export function tableRows(sql: Database.Database, table: ExportedTable): IterableIterator<unknown[]> {
  return sql
    .prepare(`SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)} ORDER BY ${table.orderBy}`)
    .raw(true)
    .iterate() as IterableIterator<unknown[]>;
}

export function countRows(sql: Database.Database, table: ExportedTable): number {
  return sql
    .prepare(`SELECT COUNT(*) FROM ${quote(table.name)}`)
    .pluck()
    .get() as number;
}
