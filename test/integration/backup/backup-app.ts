import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';

/** A running Backroom whose backup channels are tried by its admin and refused to its clerk. */
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
