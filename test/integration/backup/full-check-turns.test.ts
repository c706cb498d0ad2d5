import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import type { BackupSummary, JobSummary } from '../../../shared/contract';
import { ADMIN, type TestBackroom } from '../../helpers/backroom';
import { backupScheduleOf, openBackupApp } from './backup-app';

const EVERY_HOURS = 4;
/**
 * Rows of a table with six indexes, which integrity_check compares entry by entry: about 11 s of
 * full check on an idle machine, against about 1.5 s for a backup once the table is gone.
 */
const WEIGHTY_ROWS = 200_000;

function addWeightyTable(sql: Database.Database): void {
  sql.exec(`CREATE TABLE "weighty" ("id" INTEGER PRIMARY KEY, "a" TEXT, "b" TEXT, "c" TEXT, "d" TEXT)`);
  sql.exec(`
    WITH RECURSIVE "n"("i") AS (SELECT 1 UNION ALL SELECT "i" + 1 FROM "n" WHERE "i" < ${WEIGHTY_ROWS})
    INSERT INTO "weighty" ("a", "b", "c", "d")
    SELECT hex(randomblob(6)), hex(randomblob(6)), hex(randomblob(6)), hex(randomblob(6)) FROM "n"`);
  sql.exec(`
    CREATE INDEX "weighty_a" ON "weighty" ("a");
    CREATE INDEX "weighty_b" ON "weighty" ("b");
    CREATE INDEX "weighty_c" ON "weighty" ("c");
    CREATE INDEX "weighty_d" ON "weighty" ("d");
    CREATE INDEX "weighty_ab" ON "weighty" ("a", "b");
    CREATE INDEX "weighty_cd" ON "weighty" ("c", "d");`);
}

describe('full checks of scheduled backups taking turns', () => {
  let t: TestBackroom;
  let admin: string;
  let folder: string;
  beforeAll(async () => {
    ({ t, admin, folder } = await openBackupApp());
  });
  afterAll(() => t?.dispose());

  async function checkJobs(): Promise<JobSummary[]> {
    return (await t.ok('jobs.list', { limit: 20 }, admin)).items.filter((job) => job.kind === 'backup.verify');
  }

  /** The full check the schedule starts after `known` ones, once it shows in the jobs list. */
  async function nextCheck(known: number): Promise<JobSummary> {
    for (let tries = 0; tries < 400; tries++) {
      const checks = await checkJobs();
      if (checks.length > known) return checks[0]!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No full check started after ${known}.`);
  }

  async function listed(name: string): Promise<BackupSummary> {
    return (await t.ok('backups.list', {}, admin)).items.find((backup) => backup.name === name)!;
  }

  it('checks the newest backup verified during a running check once that check ends, and lists it as waiting meanwhile', async () => {
    await t.ok('backups.setSettings', { folder, everyHours: EVERY_HOURS, onQuit: false, keepRecent: 6 }, admin);
    const sql = sqliteOf(t.backroom.dataSource);
    addWeightyTable(sql);
    const schedule = backupScheduleOf(t);
    const scheduledBackup = async (): Promise<string> => {
      const job = await t.endedJob((await schedule.checkNow())!, admin);
      expect(job.status).toBe('succeeded');
      return job.result!.name as string;
    };
    try {
      const first = await scheduledBackup();
      const firstCheck = await nextCheck(0);
      // The table goes: the next backups are small and quick, while the first check weighs all of it.
      sql.exec('DROP TABLE "weighty"');
      sql.exec('VACUUM');

      t.clock.advanceMinutes(EVERY_HOURS * 60);
      admin = (await t.ok('auth.login', ADMIN)).token;
      const second = await scheduledBackup();
      expect(await listed(second)).toMatchObject({ state: 'verified', fullyChecked: false, awaitingFullCheck: true });

      t.clock.advanceMinutes(EVERY_HOURS * 60);
      admin = (await t.ok('auth.login', ADMIN)).token;
      const third = await scheduledBackup();
      // What this test is about: both backups were verified while the first check still ran.
      expect((await t.ok('jobs.get', { id: firstCheck.id }, admin)).status).toBe('running');
      // Only the newest waits; the one it replaced stays verified, not failed.
      expect(await listed(second)).toMatchObject({ state: 'verified', fullyChecked: false, awaitingFullCheck: false });
      expect(await listed(third)).toMatchObject({ state: 'verified', fullyChecked: false, awaitingFullCheck: true });

      expect((await t.endedJob(firstCheck.id, admin)).result).toMatchObject({ name: first, fullyChecked: true });
      const thirdCheck = await nextCheck(1);
      expect((await t.endedJob(thirdCheck.id, admin)).result).toMatchObject({
        name: third,
        state: 'verified',
        fullyChecked: true,
      });
      expect(await checkJobs()).toHaveLength(2);
      expect(await listed(first)).toMatchObject({ state: 'verified', fullyChecked: true, awaitingFullCheck: false });
      expect(await listed(second)).toMatchObject({ state: 'verified', fullyChecked: false, awaitingFullCheck: false });
      expect(await listed(third)).toMatchObject({ state: 'verified', fullyChecked: true, awaitingFullCheck: false });
    } finally {
      schedule.stop();
    }
    // Five jobs, each on a thread that loads the app, and seconds of integrity_check: slow on a loaded machine.
  }, 300_000);
});
