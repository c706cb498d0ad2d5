import type Database from 'better-sqlite3';
import packageJson from '../../package.json';
import { schemaVersion } from '../export/manifest';
import type { ManifestFacts } from './encode';

/** Ordinary tables: virtual tables (full-text indexes) are counted through the tables that store them. */
const TABLES_SQL = `
  SELECT "name" FROM "sqlite_schema"
  WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "sql" NOT LIKE 'CREATE VIRTUAL TABLE%'
  ORDER BY "name"`;

/** Counts every table's rows in a database file: what the manifest promises and a restore checks. */
export function countRows(sql: Database.Database): Record<string, number> {
  const names = sql.prepare(TABLES_SQL).pluck().all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names)
    counts[name] = sql
      .prepare(`SELECT COUNT(*) FROM "${name.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  return counts;
}

/**
 * What the manifest says of a snapshot, read on the connection that holds it (never on a connection
 * to the live file, which moves on).
 */
export function readFacts(sql: Database.Database, createdAt: string): ManifestFacts {
  const store = sql.prepare('SELECT "id", "code", "name" FROM "stores" ORDER BY "id" LIMIT 1').get() as
    ManifestFacts['store'] | undefined;
  return {
    app: { name: packageJson.name, version: packageJson.version },
    schemaVersion: schemaVersion(sql),
    store: store ?? null,
    createdAt,
    tables: countRows(sql),
  };
}
