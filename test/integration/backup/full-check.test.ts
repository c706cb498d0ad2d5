import Database from 'better-sqlite3';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { checkAndRecord } from '../../../electron/backup/backup-jobs';
import { listBackups, readState } from '../../../electron/backup/backup-list';
import { saveBackupKey } from '../../../electron/backup/key-file';
import type { JobSummary } from '../../../shared/contract';
import type { TestBackroom } from '../../helpers/backroom';
import { backupScheduleOf, openBackupApp } from './backup-app';
import { openBackupWorld, type BackupWorld } from './backup-fixture';

/**
 * Damages one entry of an index in the file itself: the page stays well-formed, so quick_check
 * passes, but the entry no longer matches its row, which only the full integrity_check compares.
 */
function damageIndexEntry(path: string): void {
  const sql = new Database(path);
  const leaf = sql
    .prepare(`SELECT "pageno" FROM "dbstat" WHERE "name" = 'labels_by_text' AND "pagetype" = 'leaf' LIMIT 1`)
    .pluck()
    .get() as number;
  const pageSize = sql.pragma('page_size', { simple: true }) as number;
  sql.close();
  const bytes = readFileSync(path);
  const page = bytes.subarray((leaf - 1) * pageSize, leaf * pageSize);
  const at = page.indexOf('label-', page.readUInt16BE(5));
  // label-00194 becomes label-00195: still in order, no longer the text of row 195.
  page[at + 10]! ^= 1;
  writeFileSync(path, bytes);
}

describe('the full integrity check of a backup', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(2000);
    saveBackupKey(world.t.path, world.key);
  });
  afterEach(() => world.dispose());

  const now = new Date('2026-12-06T17:00:00Z');

  it('passes a sound backup and records it fully checked, with progress up to the whole', async () => {
    const created = await world.backUp(now);
    const reports: { phase: string; done: number; total: number }[] = [];
    const outcome = await checkAndRecord(world.t.path, world.folder, created.name, true, {
      progress: (report) => reports.push(report),
    });
    expect(outcome).toEqual({ state: 'verified', fullyChecked: true, error: null });
    expect(listBackups(world.folder)[0]).toMatchObject({ state: 'verified', fullyChecked: true });
    const checks = reports.filter((report) => report.phase === 'check');
    expect(checks.at(-1)!.done).toBe(checks.at(-1)!.total);
    expect(checks.at(-1)!.total).toBeGreaterThan(2000);
    // The restored copy is gone again.
    expect(readdirSync(dirname(world.t.path)).filter((name) => name.startsWith('.check-'))).toEqual([]);
  });

  it('finds a damaged index that the quick verify lets through, and records the backup damaged', async () => {
    const sql = sqliteOf(world.t.dataSource);
    sql.exec(`CREATE TABLE "labels" ("id" INTEGER PRIMARY KEY, "text" TEXT NOT NULL)`);
    sql.exec(`CREATE INDEX "labels_by_text" ON "labels" ("text")`);
    const insert = sql.prepare(`INSERT INTO "labels" ("text") VALUES (?)`);
    sql.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(`label-${String(i).padStart(5, '0')}`);
    })();
    await world.t.dataSource.destroy();
    damageIndexEntry(world.t.path);

    const created = await world.backUp(now);
    expect(await checkAndRecord(world.t.path, world.folder, created.name, false, {})).toMatchObject({
      state: 'verified',
      fullyChecked: false,
    });
    const full = await checkAndRecord(world.t.path, world.folder, created.name, true, {});
    expect(full.state).toBe('damaged');
    expect(full.error).toContain('labels_by_text');
    expect(listBackups(world.folder)[0]).toMatchObject({ state: 'damaged', fullyChecked: false });
  });

  it('records a backup file with a changed byte as damaged', async () => {
    const created = await world.backUp(now);
    const bytes = readFileSync(created.path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x10, bytes.length - 100);
    writeFileSync(created.path, bytes);
    expect((await checkAndRecord(world.t.path, world.folder, created.name, true, {})).state).toBe('damaged');
    expect(listBackups(world.folder)[0]!.state).toBe('damaged');
  });

  it('records nothing when cancelled: the backup keeps the state it had', async () => {
    const created = await world.backUp(now);
    await checkAndRecord(world.t.path, world.folder, created.name, false, {});
    const before = readState(world.folder, created.name);
    const abort = new AbortController();
    const checking = checkAndRecord(world.t.path, world.folder, created.name, true, {
      signal: abort.signal,
      progress: ({ phase }) => phase === 'check' && abort.abort(),
    });
    await expect(checking).rejects.toThrow();
    expect(readState(world.folder, created.name)).toEqual(before);
  });
});

describe('the background check after a scheduled backup', () => {
  let t: TestBackroom;
  let admin: string;
  let folder: string;
  beforeAll(async () => {
    ({ t, admin, folder } = await openBackupApp());
  });
  afterAll(() => t?.dispose());

  it('runs as a job of its own once the backup is verified, and the list shows the backup fully checked', async () => {
    await t.ok('backups.setSettings', { folder, everyHours: 4, onQuit: false, keepRecent: 6 }, admin);
    const schedule = backupScheduleOf(t);
    try {
      const backupJob = await t.endedJob((await schedule.checkNow())!, admin);
      expect(backupJob.result).toMatchObject({ state: 'verified', fullyChecked: false });
      let check: JobSummary | undefined;
      for (let tries = 0; !check && tries < 200; tries++) {
        check = (await t.ok('jobs.list', { limit: 10 }, admin)).items.find((job) => job.kind === 'backup.verify');
        if (!check) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await t.endedJob(check!.id, admin)).result).toMatchObject({ state: 'verified', fullyChecked: true });
      const [listed] = (await t.ok('backups.list', {}, admin)).items;
      expect(listed).toMatchObject({ name: backupJob.result!.name, state: 'verified', fullyChecked: true });
    } finally {
      schedule.stop();
    }
    // Two jobs, each on a thread that loads the app: seconds apiece on a loaded machine.
  }, 180_000);
});
