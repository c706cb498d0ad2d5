import type Database from 'better-sqlite3';
import packageJson from '../../package.json';
import type { TablePlan } from './database-tables';

export interface ManifestTable {
  name: string;
  rows: number;
  file: string;
  sha256: string;
  columns: string[];
}

/** What a full export holds, so a reader can check it and know what it was taken from. */
export interface Manifest {
  app: { name: string; version: string };
  /** The last migration the file had: the shape every table is in. */
  schemaVersion: string | null;
  exportedAt: string;
  store: { id: number; code: string; name: string } | null;
  format: { files: string; money: string; text: string };
  tables: ManifestTable[];
  leftOut: {
    columns: TablePlan['omittedColumns'];
    tables: TablePlan['skipped'];
    sessions: string;
  };
}

export function schemaVersion(sql: Database.Database): string | null {
  const name = sql.prepare('SELECT "name" FROM "migrations" ORDER BY "id" DESC LIMIT 1').pluck().get();
  return typeof name === 'string' ? name : null;
}

export function storeOf(sql: Database.Database, storeId: number): Manifest['store'] {
  const store = sql.prepare('SELECT "id", "code", "name" FROM "stores" WHERE "id" = ?').get(storeId);
  return (store as Manifest['store'] | undefined) ?? null;
}

export function buildManifest(
  sql: Database.Database,
  plan: TablePlan,
  tables: ManifestTable[],
  exportedAt: string,
  storeId: number,
): Manifest {
  return {
    app: { name: packageJson.productName, version: packageJson.version },
    schemaVersion: schemaVersion(sql),
    exportedAt,
    store: storeOf(sql, storeId),
    format: {
      files:
        'One CSV per table: RFC 4180, UTF-8 with a byte order mark, CRLF line ends, a header row, rows by primary key.',
      money: 'Columns ending in _cents hold integer cents; _bp columns hold basis points (1/100 of a percent).',
      text: 'Text starting with = + - @, a tab or a carriage return has a leading apostrophe, so spreadsheets never run it as a formula.',
    },
    tables,
    leftOut: {
      columns: plan.omittedColumns,
      tables: plan.skipped,
      sessions: 'Sessions live only in the memory of the running app; none are stored, so none are exported.',
    },
  };
}
