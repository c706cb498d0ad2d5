import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../database/migrations';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

describe('schema v1', () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await openTempDatabase();
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('leaves the schema builder nothing to do: entities and migrations agree', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('sets the durability pragmas on the connection', async () => {
    const [journal] = await db.dataSource.query('PRAGMA journal_mode');
    const [sync] = await db.dataSource.query('PRAGMA synchronous');
    const [fk] = await db.dataSource.query('PRAGMA foreign_keys');
    expect(journal.journal_mode).toBe('wal');
    expect(sync.synchronous).toBe(2);
    expect(fk.foreign_keys).toBe(1);
  });

  it('records each migration once, so reopening the file migrates nothing', async () => {
    const ran = await db.dataSource.query('SELECT name FROM migrations');
    expect(ran.map((row: { name: string }) => row.name)).toEqual(migrations.map((migration) => new migration().name));
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
