import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../../electron/backup/snapshot';
import { countRows } from '../../../electron/backup/facts';
import { fillSettings, openBackupWorld, settingsCount, type BackupWorld } from './backup-fixture';

describe('an online backup while the app writes', () => {
  let world: BackupWorld;
  beforeEach(async () => {
    world = await openBackupWorld(20_000);
  });
  afterEach(() => world.dispose());

  it('copies one consistent snapshot and never blocks or is restarted by the writer', async () => {
    const writer = new Database(world.t.path);
    writer.pragma('busy_timeout = 100');
    const before = settingsCount(world.t.path);
    const target = join(world.work, 'snapshot.sqlite');
    let steps = 0;
    let written = 0;
    await snapshotDatabase(world.t.path, target, {
      // Two pages a step: the copy takes hundreds of steps, and the writer commits between each.
      pagesPerStep: 2,
      progress: () => {
        steps++;
        fillSettings(writer, `during.${steps}`, 5);
        written += 5;
      },
    });
    writer.close();

    expect(steps).toBeGreaterThan(100);
    expect(settingsCount(world.t.path)).toBe(before + written);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      // The copy is the database as it was when the backup began: none of the rows written during it.
      expect(countRows(copy).settings).toBe(before);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
  });
});
