import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { createBackup, type CreatedBackup } from '../../../electron/backup/create-backup';
import { restoreBackup } from '../../../electron/backup/restore-backup';
import { reconcile } from '../../../electron/sync/reconcile';
import { runSync } from '../../../electron/sync/run-sync';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';

let store: TempDatabase;
let hq: TestHq;
let folder: string;

beforeEach(async () => {
  [store, hq] = await Promise.all([openTempDatabase(), openTestHq()]);
  folder = join(store.path, '..', 'backups');
  mkdirSync(folder);
}, HQ_TIMEOUT_MS);

afterEach(async () => {
  await store?.dispose();
  await hq?.dispose();
});

const sqlOf = (file: TempDatabase) => sqliteOf(file.dataSource);

function addBrand(file: TempDatabase, name: string): void {
  sqlOf(file).prepare('INSERT INTO "brands" ("uid", "name") VALUES (?, ?)').run(newUid(), name);
}

const brandsOf = (file: TempDatabase) => sqlOf(file).prepare('SELECT "name" FROM "brands" ORDER BY 1').pluck().all();

const hqBrands = async () =>
  (await hq.query<{ name: string }>(`SELECT "record"->>'name' AS "name" FROM "brands" ORDER BY 1`)).map(
    (row) => row.name,
  );

const backUp = (hour: number) =>
  createBackup({ databasePath: store.path, folder, now: new Date(`2026-12-07T${hour}:00:00Z`) });

/** Restores `backup` over `file` as the app does, then opens the file again. */
async function restore(file: TempDatabase, backup: CreatedBackup): Promise<void> {
  await restoreBackup({
    backupPath: backup.path,
    unlock: null,
    databasePath: file.path,
    safetyFolder: folder,
    now: new Date('2026-12-07T20:00:00Z'),
    release: () => file.dataSource.destroy(),
  });
  await file.dataSource.initialize();
}

async function expectHqToMatch(file: TempDatabase): Promise<void> {
  expect(await hqBrands()).toEqual(brandsOf(file));
  expect(await hq.query('SELECT "source_uid" FROM "sources"')).toHaveLength(1);
  const client = new pg.Client(hq.url);
  await client.connect();
  try {
    expect((await reconcile(sqlOf(file), client)).differences).toEqual([]);
  } finally {
    await client.end();
  }
}

describe('syncing a file restored from a backup', { timeout: 120_000 }, () => {
  it('sends what is written after the restore, and head office drops what the restore took away', async () => {
    addBrand(store, 'Before the backup');
    await runSync(sqlOf(store), hq.url);
    const backup = await backUp(10);
    // Written and sent after the backup: the restore takes them away again.
    for (const name of ['Lost 1', 'Lost 2', 'Lost 3']) addBrand(store, name);
    await runSync(sqlOf(store), hq.url);
    expect(await hqBrands()).toEqual(['Before the backup', 'Lost 1', 'Lost 2', 'Lost 3']);

    await restore(store, backup);
    expect(brandsOf(store)).toEqual(['Before the backup']);
    addBrand(store, 'After the restore');
    await runSync(sqlOf(store), hq.url);
    await expectHqToMatch(store);

    addBrand(store, 'Later still');
    await runSync(sqlOf(store), hq.url);
    await expectHqToMatch(store);
  });

  it('keeps the file one store at head office when the backup was taken before its first sync', async () => {
    addBrand(store, 'Before the backup');
    const backup = await backUp(10);
    addBrand(store, 'Lost');
    await runSync(sqlOf(store), hq.url);

    await restore(store, backup);
    addBrand(store, 'After the restore');
    await runSync(sqlOf(store), hq.url);
    await expectHqToMatch(store);
  });

  it('syncs in the old file’s place when the backup is restored over a new, never-synced file', async () => {
    addBrand(store, 'Before the backup');
    await runSync(sqlOf(store), hq.url);
    const backup = await backUp(10);
    for (const name of ['Lost 1', 'Lost 2']) addBrand(store, name);
    await runSync(sqlOf(store), hq.url);

    const newMachine = await openTempDatabase();
    try {
      await restore(newMachine, backup);
      addBrand(newMachine, 'After the restore');
      await runSync(sqlOf(newMachine), hq.url);
      await expectHqToMatch(newMachine);
    } finally {
      await newMachine.dispose();
    }
  });
});
