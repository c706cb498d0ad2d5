import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from '../../database/entities';
import { migrations } from '../../database/migrations';

export interface MigrationStep {
  /** The file as the migrations before the one under test left it: write old rows here. */
  before: DataSource;
  /** Closes `before`, runs the migration under test alone (in its own transaction), and opens the file after it. */
  migrate(): Promise<DataSource>;
  /** Closes the file after the migration and runs every later one, as an upgrade to the current version would. */
  finish(): Promise<DataSource>;
  /** Closes whatever is open and removes the file. */
  dispose(): Promise<void>;
}

/**
 * A migration that moves data gets its own test: migrate to the one before it, insert rows the
 * old way, run it, and check what it made of them. This prepares the first part in a temporary folder.
 */
export async function beforeMigration(name: string): Promise<MigrationStep> {
  const position = migrations.findIndex((migration) => new migration().name === name);
  if (position < 0) throw new Error(`No migration is named ${name}.`);
  const folder = mkdtempSync(join(tmpdir(), 'backroom-migrate-'));
  const open = async (count: number) => {
    const dataSource = new DataSource({
      type: 'better-sqlite3',
      database: join(folder, 'backroom.sqlite'),
      entities,
      migrations: migrations.slice(0, count),
    });
    await dataSource.initialize();
    return dataSource;
  };
  const opened: DataSource[] = [];
  const before = await open(position);
  opened.push(before);
  await before.runMigrations({ transaction: 'each' });
  return {
    before,
    async migrate() {
      await before.destroy();
      const after = await open(position + 1);
      opened.push(after);
      const ran = (await after.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
      if (ran.join() !== name) throw new Error(`Expected to run ${name} alone, ran: ${ran.join(', ') || 'nothing'}.`);
      return after;
    },
    async finish() {
      for (const dataSource of opened) if (dataSource.isInitialized) await dataSource.destroy();
      const current = await open(migrations.length);
      opened.push(current);
      await current.runMigrations({ transaction: 'each' });
      return current;
    },
    async dispose() {
      for (const dataSource of opened) if (dataSource.isInitialized) await dataSource.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
