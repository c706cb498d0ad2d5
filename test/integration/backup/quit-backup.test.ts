import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, sqliteOf } from '../../../database/data-source';
import { listBackups } from '../../../electron/backup/backup-list';
import { closeWithBackup } from '../../../electron/backup/quit-backup';
import { writeBackupSettings, DEFAULT_BACKUP_SETTINGS } from '../../../electron/backup/settings';
import { readManifest } from '../../../electron/backup/verify-backup';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

function rowCount(path: string, table: string): number {
  const sql = new Database(path, { readonly: true });
  try {
    return sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
  } finally {
    sql.close();
  }
}

describe('backing up on quit', () => {
  let t: TestBackroom;
  let folder: string;
  afterEach(() => t?.dispose());

  async function openStore(onQuit: boolean): Promise<void> {
    t = await openTestBackroom();
    const admin = (await setUpStore(t)).token;
    folder = join(dirname(t.path), 'backups');
    mkdirSync(folder);
    await t.ok('backups.setSettings', { folder, everyHours: 4, onQuit, keepRecent: 6 }, admin);
  }

  it('closes the app, then backs up the closed file and verifies it', async () => {
    await openStore(true);
    const reports: string[] = [];
    const outcome = await closeWithBackup(t.backroom, { progress: ({ phase }) => reports.push(phase) });

    expect(t.backroom.dataSource.isInitialized).toBe(false);
    expect(outcome).toMatchObject({ taken: true, state: 'verified' });
    const [backup] = listBackups(folder);
    expect(backup).toMatchObject({ name: (outcome as { name: string }).name, state: 'verified' });
    const manifest = await readManifest(join(folder, backup!.name), null);
    expect(manifest.tables.staff_members).toBe(rowCount(t.path, 'staff_members'));
    expect(manifest.tables.audit_log).toBe(rowCount(t.path, 'audit_log'));
    expect(reports).toEqual(expect.arrayContaining(['compress', 'extract']));
  });

  it('takes nothing when the admin turned it off, and still closes', async () => {
    await openStore(false);
    expect(await closeWithBackup(t.backroom)).toEqual({ taken: false, reason: 'off' });
    expect(t.backroom.dataSource.isInitialized).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('gives up past its time limit, logs why, leaves no partial file, and the app is closed', async () => {
    await openStore(true);
    const logged: string[] = [];
    const outcome = await closeWithBackup(t.backroom, { limitMs: 1, log: (message) => logged.push(message) });
    expect(outcome).toMatchObject({ taken: false, reason: 'failed' });
    expect(logged.join('\n')).toContain('No backup was taken on quitting');
    expect(t.backroom.dataSource.isInitialized).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(dirname(t.path)).filter((name) => name.startsWith('.backup-'))).toEqual([]);
  });
});

describe('the browser host on a stop signal', () => {
  it('backs up before it exits when the settings ask for it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backroom-quit-'));
    try {
      const databasePath = join(home, 'backroom.sqlite');
      const folder = join(home, 'backups');
      mkdirSync(folder);
      const dataSource = await openDatabase(databasePath);
      writeBackupSettings(sqliteOf(dataSource), { ...DEFAULT_BACKUP_SETTINGS, folder, onQuit: true });
      await dataSource.destroy();

      const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts'], {
        env: { ...process.env, BACKROOM_DB: databasePath, BACKROOM_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Open:')) resolve();
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);

      expect(output).toMatch(/Backed up to backroom-.*\.backroom-backup \(verified\)/);
      expect(listBackups(folder).map((backup) => backup.state)).toEqual(['verified']);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
