import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../../electron/backup/verify-backup';
import type { Envelope } from '../../../shared/errors';
import type { EventPayload } from '../../../shared/events';
import { staffSession, type TestBackroom } from '../../helpers/backroom';
import { openBackupApp } from './backup-app';

const PASSPHRASE = 'a passphrase long enough';
/** Each job starts a thread that loads the app: seconds apiece on a loaded machine. */
const JOB_TIMEOUT_MS = 180_000;

describe('restoring a backup from inside the app', () => {
  let t: TestBackroom;
  let admin: string;
  let clerk: string;
  let folder: string;
  let backupName: string;
  let staffInBackup: number;

  beforeAll(async () => {
    ({ t, admin, clerk, folder } = await openBackupApp());
    await t.ok(
      'backups.setSettings',
      { folder, everyHours: 4, onQuit: false, keepRecent: 6, passphrase: PASSPHRASE },
      admin,
    );
    const backup = await t.endedJob((await t.ok('backups.start', {}, admin)).jobId, admin);
    expect(backup.result).toMatchObject({ state: 'verified' });
    backupName = backup.result!.name as string;
    staffInBackup = await t.count('staff_members');
    // Written after the backup: a restore takes it away again.
    await staffSession(t, admin, 'manager', 'dora');
    expect(await t.count('staff_members')).toBe(staffInBackup + 1);
  }, JOB_TIMEOUT_MS);
  afterAll(() => t?.dispose());

  /** Asks for a restore and waits for the event that says how it ended. */
  async function restore(
    name: string,
    onPhase: (phase: string) => void = () => undefined,
  ): Promise<{ ended: EventPayload<'backup.restored'>; phases: string[] }> {
    const phases: string[] = [];
    const ended = new Promise<EventPayload<'backup.restored'>>((resolve) => {
      const stop = t.backroom.events.subscribe((event) => {
        if (event.name === 'backup.restoring') {
          const { phase } = event.payload as EventPayload<'backup.restoring'>;
          phases.push(phase);
          onPhase(phase);
        }
        if (event.name !== 'backup.restored') return;
        stop();
        resolve(event.payload as EventPayload<'backup.restored'>);
      });
    });
    expect(await t.ok('backups.restore', { name, confirm: 'RESTORE' }, admin)).toEqual({ restoring: true });
    return { ended: await ended, phases };
  }

  it('refuses a clerk with a typed permission error, and a restore without the typed confirmation', async () => {
    for (const [channel, input] of [
      ['backups.describe', { name: backupName }],
      ['backups.restore', { name: backupName, confirm: 'RESTORE' }],
    ] as const) {
      const answer = await t.call(channel, input, clerk);
      expect(answer.ok ? null : answer.error.code).toBe('FORBIDDEN');
    }
    const unconfirmed = await t.call('backups.restore', { name: backupName, confirm: 'yes' }, admin);
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({ code: 'VALIDATION', message: /Type RESTORE/ });
    const missing = await t.call(
      'backups.restore',
      { name: 'backroom-2020-01-01T00-00-00Z.backroom-backup', confirm: 'RESTORE' },
      admin,
    );
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    expect(await t.count('staff_members')).toBe(staffInBackup + 1);
  });

  it('shows what a backup holds, and refuses a wrong passphrase at once, changing nothing', async () => {
    const contents = await t.ok('backups.describe', { name: backupName }, admin);
    expect(contents).toMatchObject({
      name: backupName,
      app: { name: 'backroom' },
      olderSchema: false,
      store: { code: 'CG-01', name: 'Corner Grocery' },
      encrypted: true,
    });
    expect(contents.tables).toContainEqual({ name: 'staff_members', rows: staffInBackup });

    const wrong = await t.call(
      'backups.restore',
      { name: backupName, passphrase: 'not it', confirm: 'RESTORE' },
      admin,
    );
    expect(wrong.ok ? null : wrong.error).toMatchObject({
      code: 'VALIDATION',
      details: { problem: 'wrongPassphrase' },
    });
    expect(await t.count('staff_members')).toBe(staffInBackup + 1);
  });

  it(
    'backs up the current database, swaps the backup in, reopens it, and answers from the restored data',
    async () => {
      const before = t.backroom.dataSource;
      // Once the app has let go of the file, calls are answered "restoring", not failed half-way.
      let during: Promise<Envelope<unknown>> | null = null;
      const { ended, phases } = await restore(backupName, (phase) => {
        if (phase === 'replace') during ??= t.call('staff.list', {}, admin);
      });
      expect(ended).toMatchObject({ ok: true, name: backupName, message: null });
      expect(phases).toEqual(expect.arrayContaining(['extract', 'migrate', 'replace']));
      const refused = await during!;
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CONFLICT', message: /restoring a backup/ });

      // A new connection on the restored file; the old one is closed.
      expect(before.isInitialized).toBe(false);
      expect(t.backroom.dataSource.isInitialized).toBe(true);
      expect(await t.count('staff_members')).toBe(staffInBackup);
      const staff = await t.ok('staff.list', {}, admin);
      expect(JSON.stringify(staff)).not.toContain('dora');

      // The database as it was just before is in the backup folder, dora and all.
      const safety = await readManifest(join(folder, ended.safetyName!), { passphrase: PASSPHRASE });
      expect(safety.tables.staff_members).toBe(staffInBackup + 1);
      const listed = (await t.ok('backups.list', {}, admin)).items.map((item) => item.name);
      expect(listed).toEqual(expect.arrayContaining([backupName, ended.safetyName]));

      // Jobs run again on the reopened file.
      expect((await t.endedJob((await t.ok('backups.start', {}, admin)).jobId, admin)).status).toBe('succeeded');
    },
    JOB_TIMEOUT_MS,
  );

  it(
    'refuses a tampered backup in the background and leaves the database and the app as they were',
    async () => {
      await staffSession(t, admin, 'manager', 'eve');
      const rows = await t.count('staff_members');
      const backupsBefore = (await t.ok('backups.list', {}, admin)).items.length;
      const before = t.backroom.dataSource;
      const path = join(folder, backupName);
      const bytes = readFileSync(path);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x10, bytes.length - 100);
      writeFileSync(path, bytes);

      const { ended } = await restore(backupName);
      expect(ended).toMatchObject({ ok: false, safetyName: null, message: /damaged/ });
      expect(t.backroom.dataSource).toBe(before);
      expect(before.isInitialized).toBe(true);
      expect(await t.count('staff_members')).toBe(rows);
      expect((await t.ok('backups.list', {}, admin)).items).toHaveLength(backupsBefore);
    },
    JOB_TIMEOUT_MS,
  );
});
