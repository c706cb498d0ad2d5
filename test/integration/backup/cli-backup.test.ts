import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { backroom } from '../../helpers/cli';
import { PASSPHRASE, fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';

const VARIABLE = 'BACKROOM_BACKUP_PASSPHRASE';

describe('npm run backroom -- backup / verify / restore', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(3000);
    process.env[VARIABLE] = PASSPHRASE;
  });
  afterEach(async () => {
    delete process.env[VARIABLE];
    await world.dispose();
  });

  it('backs up and verifies, verifies again, and restores only with --yes', async () => {
    const made = await backroom('backup', '--to', world.folder, '--db', world.t.path);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/encrypted\) in/);
    expect(made.out).toMatch(/^verified: /m);
    const [name] = readdirSync(world.folder);
    const file = join(world.folder, name!);

    const verified = await backroom('verify', file, '--full', '--db', world.t.path);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/settings 3,0\d\d/);
    expect(verified.out).toMatch(/verified \(with integrity_check\)/);

    const rows = settingsCount(world.t.path);
    fillSettings(sqliteOf(world.t.dataSource), 'later', 50);
    await world.t.dataSource.destroy();
    const shown = await backroom('restore', file, '--db', world.t.path);
    expect(shown.out).toMatch(/Nothing changed/);
    expect(settingsCount(world.t.path)).toBe(rows + 50);

    const restored = await backroom('restore', file, '--yes', '--safety', world.work, '--db', world.t.path);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(settingsCount(world.t.path)).toBe(rows);
    expect(readdirSync(world.work)).toHaveLength(1);
  });

  it('exits 1 with a clear message on a wrong passphrase or a changed byte', async () => {
    await backroom('backup', '--to', world.folder, '--skip-verify', '--db', world.t.path);
    const file = join(world.folder, readdirSync(world.folder)[0]!);
    process.env[VARIABLE] = 'something else';
    const wrong = await backroom('verify', file, '--db', world.t.path);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Wrong passphrase/);

    process.env[VARIABLE] = PASSPHRASE;
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1000) ^ 4, bytes.length - 1000);
    writeFileSync(file, bytes);
    const damaged = await backroom('verify', file, '--db', world.t.path);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/damaged or was changed/);
  });

  it('refuses to run without a passphrase source rather than encrypt with nothing', async () => {
    delete process.env[VARIABLE];
    const result = await backroom('backup', '--to', world.folder, '--db', world.t.path);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Set BACKROOM_BACKUP_PASSPHRASE/);
    expect(readdirSync(world.folder)).toEqual([]);
  });
});
