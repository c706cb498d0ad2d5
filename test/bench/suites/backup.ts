import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../../electron/backup/create-backup';
import { derivePassphraseKey, newKdfParams } from '../../../electron/backup/keys';
import { verifyBackup } from '../../../electron/backup/verify-backup';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const MB = 1e6;

/**
 * Backup speed against SQLite's own online backup of the same file. The targets: a whole backup
 * (snapshot, row counts, compression, encryption, manifest) and a verify (test restore, checksum,
 * quick_check, row counts) each at least a third of the bare copy's rate. Every figure is the
 * database's size over the wall time, so they compare directly. Files go to the system's temp folder.
 */
export const backupSuite: BenchSuite = {
  name: 'backup',
  description: 'online backup: bare SQLite copy vs compressed, encrypted, verified backups',
  async run(ctx: BenchContext): Promise<BenchFigure[]> {
    const databasePath = ctx.dataSource.options.database as string;
    const folder = mkdtempSync(join(tmpdir(), 'backroom-bench-backup-'));
    try {
      // The bench opened (and migrated) the file; checkpoint so every copy reads the same settled file.
      const settle = new Database(databasePath);
      settle.pragma('wal_checkpoint(TRUNCATE)');
      settle.close();
      const databaseMb = statSync(databasePath).size / MB;
      const key = await derivePassphraseKey('bench passphrase', newKdfParams());

      const bare = await timed(async () => {
        const source = new Database(databasePath, { readonly: true });
        try {
          await source.backup(join(folder, 'bare.sqlite'));
        } finally {
          source.close();
        }
      });
      rmSync(join(folder, 'bare.sqlite'));

      let backupPath = '';
      let backupBytes = 0;
      let compressStarted = 0;
      const wholeStarted = performance.now();
      const whole = await timed(async () => {
        const created = await createBackup({
          progress: ({ phase }) => {
            if (phase === 'compress' && compressStarted === 0) compressStarted = performance.now();
          },
          databasePath,
          folder,
          now: new Date(),
          passphraseKey: key,
          workFolder: folder,
        });
        backupPath = created.path;
        backupBytes = created.bytes;
      });
      let extractEnded = 0;
      const verifyStarted = performance.now();
      const verify = await timed(() =>
        verifyBackup({
          backupPath,
          unlock: { passphraseKey: key },
          workFolder: folder,
          progress: ({ phase }) => {
            if (phase === 'extract') extractEnded = performance.now();
          },
        }).then(() => undefined),
      );

      const snapshot = (compressStarted - wholeStarted) / 1000;
      const extract = (extractEnded - verifyStarted) / 1000;
      const bareRate = databaseMb / bare;
      return [
        { name: 'database size', value: Math.round(databaseMb), unit: 'MB' },
        { name: 'bare db.backup()', value: round(bareRate), unit: 'MB/s' },
        {
          name: 'backup end to end (encrypted)',
          value: round(databaseMb / whole),
          unit: 'MB/s',
          baseline: round(bareRate),
          ratio: round(bare / whole, 2),
        },
        {
          name: 'verify (test restore + quick_check)',
          value: round(databaseMb / verify),
          unit: 'MB/s',
          baseline: round(bareRate),
          ratio: round(bare / verify, 2),
        },
        { name: 'of which snapshot and row counts (to the first chunk written)', value: round(snapshot, 1), unit: 's' },
        { name: 'of which compress, encrypt, write', value: round(whole - snapshot, 1), unit: 's' },
        { name: 'verify: of which open, decompress, write', value: round(extract, 1), unit: 's' },
        { name: 'verify: of which quick_check and row counts', value: round(verify - extract, 1), unit: 's' },
        { name: 'backup file / database', value: round((backupBytes / MB / databaseMb) * 100, 1), unit: '%' },
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function round(value: number, digits = 0): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
