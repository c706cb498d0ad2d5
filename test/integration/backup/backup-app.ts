import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sqliteOf } from '../../../database/data-source';
import { startBackupSchedule } from '../../../electron/backup/schedule';
import { SerialQueue } from '../../../electron/host/serial';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

/** A running Backroom with its admin and a clerk (whom the backup channels refuse) logged in. */
export interface BackupApp {
  t: TestBackroom;
  admin: string;
  clerk: string;
  /** An empty folder beside the database file, for the admin to choose as the backup folder. */
  folder: string;
}

export async function openBackupApp(): Promise<BackupApp> {
  const t = await openTestBackroom();
  const admin = (await setUpStore(t)).token;
  const clerk = await staffSession(t, admin, 'clerk', 'carl');
  const folder = join(dirname(t.path), 'backups');
  mkdirSync(folder);
  return { t, admin, clerk, folder };
}

/** The app's backup schedule over this Backroom, for a test to check by hand (checkNow) and stop. */
export function backupScheduleOf(t: TestBackroom): ReturnType<typeof startBackupSchedule> {
  return startBackupSchedule({
    sql: sqliteOf(t.backroom.dataSource),
    jobs: t.backroom.jobs,
    clock: t.clock,
    queue: new SerialQueue(),
  });
}
