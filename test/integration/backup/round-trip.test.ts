import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemOf } from '../../../electron/backup/problems';
import { readManifest, restoreToFile, verifyBackup } from '../../../electron/backup/verify-backup';
import { PASSPHRASE, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';

describe('backup and verify', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld();
  });
  afterEach(() => world.dispose());

  const backup = (encrypted = true) =>
    world.backUp(new Date('2026-12-06T17:40:05Z'), encrypted ? {} : { passphraseKey: undefined });

  it('writes an encrypted backup whose manifest describes the database, and restores it whole', async () => {
    const created = await backup();
    expect(created.name).toBe('backroom-2026-12-06T17-40-05Z.backroom-backup');
    expect(readdirSync(world.folder)).toEqual([created.name]);
    const rows = settingsCount(world.t.path);
    expect(created.manifest.tables.settings).toBe(rows);
    expect(created.manifest.schemaVersion).toMatch(/^[A-Za-z]+\d+$/);
    expect(created.manifest.createdAt).toBe('2026-12-06T17:40:05.000Z');
    // Encrypted: the settings' text does not appear in the file.
    expect(readFileSync(created.path).includes(Buffer.from('seed.4999'))).toBe(false);

    const manifest = await readManifest(created.path, { passphrase: PASSPHRASE });
    expect(manifest).toEqual(created.manifest);
    const verified = await verifyBackup({
      backupPath: created.path,
      unlock: { passphrase: PASSPHRASE },
      workFolder: world.work,
      full: true,
    });
    expect(verified.integrityChecked).toBe(true);
    const restored = join(world.work, 'restored.sqlite');
    await restoreToFile({ backupPath: created.path, unlock: { passphraseKey: world.key }, targetPath: restored });
    expect(settingsCount(restored)).toBe(rows);
    expect(readdirSync(world.work)).toEqual(['restored.sqlite']);
  });

  it('refuses a wrong passphrase as such, and a missing one', async () => {
    const created = await backup();
    const attempt = (unlock: { passphrase: string } | null) =>
      verifyBackup({ backupPath: created.path, unlock, workFolder: world.work }).catch((error: unknown) => error);
    const wrong = await attempt({ passphrase: 'correct horse battery stapler' });
    expect(problemOf(wrong)).toBe('wrongPassphrase');
    expect((wrong as Error).message).toMatch(/wrong passphrase/i);
    expect(problemOf(await attempt(null))).toBe('passphraseRequired');
  });

  it('says a refused passphrase may be damage when a byte of the key section changed, and damage when scrypt cannot take it', async () => {
    const created = await backup();
    const original = readFileSync(created.path);
    /** The right passphrase and the stored key, on the file with one byte of `field`'s value changed. */
    const refusals = async (field: string) => {
      const tampered = Buffer.from(original);
      // The first character of the value, past its opening quote when it is a string.
      let position = tampered.indexOf(`"${field}":`) + field.length + 3;
      if (tampered[position] === '"'.charCodeAt(0)) position++;
      tampered.writeUInt8(tampered.readUInt8(position) ^ 0x01, position);
      writeFileSync(created.path, tampered);
      return Promise.all(
        [{ passphrase: PASSPHRASE }, { passphraseKey: world.key }].map((unlock) =>
          verifyBackup({ backupPath: created.path, unlock, workFolder: world.work }).catch((error: unknown) => error),
        ),
      );
    };
    for (const field of ['keyCheck', 'fileSalt', 'salt']) {
      const [typed, stored] = await refusals(field);
      expect(problemOf(typed)).toBe('wrongPassphrase');
      expect((typed as Error).message).toBe("Wrong passphrase, or the backup's key section is damaged.");
      expect(problemOf(stored)).toBe('wrongPassphrase');
      expect((stored as Error).message).toMatch(/passphrase, or (the backup's|its) key section is damaged/);
    }
    // 32768 becomes 22768, which is no power of two: no passphrase could have made this.
    for (const refused of await refusals('N')) {
      expect(problemOf(refused)).toBe('damaged');
      expect((refused as Error).message).toMatch(/key section/);
    }
    expect(readdirSync(world.work)).toEqual([]);
  });

  it('refuses a backup with any one byte changed: in a chunk, in the manifest or in the header', async () => {
    const created = await backup();
    const original = readFileSync(created.path);
    const headerLength = 12 + original.readUInt32BE(8);
    for (const position of [
      original.length - 100,
      Math.floor(original.length / 2),
      headerLength + 10,
      headerLength - 3,
    ]) {
      const tampered = Buffer.from(original);
      tampered.writeUInt8(tampered.readUInt8(position) ^ 0x01, position);
      writeFileSync(created.path, tampered);
      const error = await verifyBackup({
        backupPath: created.path,
        unlock: { passphrase: PASSPHRASE },
        workFolder: world.work,
      }).catch((e: unknown) => e);
      expect(['damaged', 'wrongPassphrase', 'notABackup']).toContain(problemOf(error));
      expect(readdirSync(world.work)).toEqual([]);
    }
  });

  it('refuses a backup cut short', async () => {
    const created = await backup(false);
    const original = readFileSync(created.path);
    // Unencrypted backups are checksummed chunk by chunk all the same.
    writeFileSync(created.path, original.subarray(0, original.length - 20));
    const error = await verifyBackup({ backupPath: created.path, unlock: null, workFolder: world.work }).catch(
      (e: unknown) => e,
    );
    expect(problemOf(error)).toBe('damaged');
  });
});
