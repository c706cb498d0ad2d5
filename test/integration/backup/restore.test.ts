import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { entities } from '../../../database/entities';
import { migrations } from '../../../database/migrations';
import { createBackup } from '../../../electron/backup/create-backup';
import { problemOf } from '../../../electron/backup/problems';
import { restoreBackup } from '../../../electron/backup/restore-backup';
import { PASSPHRASE, fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';

const latestMigration = new migrations[migrations.length - 1]!().name;

function migrationNames(path: string): string[] {
  const sql = new Database(path, { readonly: true });
  try {
    return sql.prepare('SELECT "name" FROM "migrations" ORDER BY "id"').pluck().all() as string[];
  } finally {
    sql.close();
  }
}

describe('restoring a backup over the live database', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(2000);
  });
  afterEach(() => world.dispose());

  const restore = (backupPath: string, passphrase: string) =>
    restoreBackup({
      backupPath,
      unlock: { passphrase },
      databasePath: world.t.path,
      safetyFolder: world.folder,
      safetyKey: world.key,
      now: new Date('2026-12-06T18:00:00Z'),
      release: () => world.t.dataSource.destroy(),
    });

  it('backs up the current database first, then swaps in the backup whole', async () => {
    const created = await world.backUp(new Date('2026-12-06T17:00:00Z'));
    fillSettings(sqliteOf(world.t.dataSource), 'after', 300);
    expect(settingsCount(world.t.path)).toBe(created.manifest.tables.settings! + 300);

    const restored = await restore(created.path, PASSPHRASE);
    expect(world.t.dataSource.isInitialized).toBe(false);
    expect(settingsCount(world.t.path)).toBe(created.manifest.tables.settings);
    expect(restored.safety.manifest.tables.settings).toBe(created.manifest.tables.settings! + 300);
    expect(readdirSync(world.folder).sort()).toEqual([created.name, restored.safety.name].sort());
    expect(readdirSync(join(world.t.path, '..')).filter((name) => name.includes('restoring'))).toEqual([]);
  });

  it('refuses a wrong passphrase or a changed byte and leaves the live database as it was', async () => {
    const created = await world.backUp(new Date('2026-12-06T17:00:00Z'));
    fillSettings(sqliteOf(world.t.dataSource), 'after', 10);
    const rows = settingsCount(world.t.path);

    expect(problemOf(await restore(created.path, 'not it').catch((e: unknown) => e))).toBe('wrongPassphrase');
    const bytes = readFileSync(created.path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 0x80, bytes.length - 40);
    writeFileSync(created.path, bytes);
    expect(problemOf(await restore(created.path, PASSPHRASE).catch((e: unknown) => e))).toBe('damaged');

    expect(world.t.dataSource.isInitialized).toBe(true);
    expect(settingsCount(world.t.path)).toBe(rows);
    expect(readdirSync(world.folder)).toEqual([created.name]);
  });

  it('brings a backup of an older version up to the current schema', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backroom-old-'));
    try {
      const oldPath = join(folder, 'old.sqlite');
      const old = new DataSource({
        type: 'better-sqlite3',
        database: oldPath,
        entities,
        migrations: migrations.slice(0, 10),
      });
      await old.initialize();
      await old.runMigrations({ transaction: 'each' });
      await old.query(`INSERT INTO "settings" ("key", "value") VALUES ('old.setting', '"kept"')`);
      await old.destroy();
      const oldVersion = migrationNames(oldPath).at(-1)!;
      expect(oldVersion).not.toBe(latestMigration);

      const created = await createBackup({ databasePath: oldPath, folder, now: new Date(), passphraseKey: world.key });
      expect(created.manifest.schemaVersion).toBe(oldVersion);
      await restore(created.path, PASSPHRASE);

      expect(migrationNames(world.t.path).at(-1)).toBe(latestMigration);
      const sql = new Database(world.t.path, { readonly: true });
      try {
        expect(sql.prepare(`SELECT "value" FROM "settings" WHERE "key" = 'old.setting'`).pluck().get()).toBe('"kept"');
        expect(sql.pragma('quick_check', { simple: true })).toBe('ok');
      } finally {
        sql.close();
      }
      expect(existsSync(`${world.t.path}.restoring`)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
