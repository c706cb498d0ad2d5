import type Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { PAGE_CACHE_KIB } from './page-cache';

/**
 * Pragmas for every connection: WAL so readers never block the till; synchronous=FULL so a
 * committed sale survives a power cut; foreign keys on (SQLite defaults them off); a busy timeout
 * so the CLI and the app can share a file.
 */
function prepare(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Statements that fire triggers open a statement journal; in memory it costs a fraction of a temp file.
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

export function createDataSource(databasePath: string): DataSource {
  return new DataSource({
    type: 'better-sqlite3',
    database: databasePath,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    prepareDatabase: prepare,
    statementCacheSize: 500,
  });
}

/** Opens (creating if needed) the database file and brings its schema up to date. */
export async function openDatabase(databasePath: string): Promise<DataSource> {
  const dataSource = createDataSource(databasePath);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** The better-sqlite3 handle under TypeORM: hot paths prepare and bind their own statements. */
export function sqliteOf(dataSource: DataSource): Database.Database {
  return (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
}
