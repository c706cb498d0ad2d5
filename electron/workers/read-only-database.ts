import type Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { entities } from '../../database/entities';
import { sqliteOf } from '../../database/data-source';
import { PAGE_CACHE_KIB } from '../../database/page-cache';

/**
 * A connection that cannot write, twice over: opened read-only (SQLite refuses every write), and
 * query_only on top. WAL lets it read a consistent snapshot while the main connection commits.
 * The main process created and migrated the file, so it must already exist.
 */
export async function openReadOnlyDatabase(
  databasePath: string,
): Promise<{ dataSource: DataSource; sql: Database.Database }> {
  const dataSource = new DataSource({
    type: 'better-sqlite3',
    database: databasePath,
    readonly: true,
    fileMustExist: true,
    entities,
    synchronize: false,
    migrationsRun: false,
    statementCacheSize: 200,
    prepareDatabase: (db: Database.Database) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('query_only = ON');
      db.pragma('temp_store = MEMORY');
      db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    },
  });
  await dataSource.initialize();
  return { dataSource, sql: sqliteOf(dataSource) };
}
