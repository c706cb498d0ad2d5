import type { BackupManifest } from '../../backup/format';
import type { BackupProgress } from '../../backup/progress';
import type { CliIO } from '../command';
import { formatCount, formatSize } from '../format';
import { progressPrinter } from '../progress';

/** Backup phases as the CLI's progress bar or log lines show them, in megabytes. */
export function backupProgress(io: CliIO): { update(report: BackupProgress): void; finish(): void } {
  const printer = progressPrinter(io.out);
  return {
    update: ({ phase, done, total }) =>
      printer.update({ phase, done: Math.round(done / 1e6), total: Math.round(total / 1e6) }),
    finish: () => printer.finish(),
  };
}

/** What a backup holds, as printed before a restore and after a verify. */
export function describeManifest(manifest: BackupManifest): string {
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  const largest = Object.entries(manifest.tables)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5)
    .map(([table, count]) => `${table} ${formatCount(count)}`)
    .join(', ');
  return [
    `  taken        ${manifest.createdAt}`,
    `  store        ${manifest.store ? `${manifest.store.name} (${manifest.store.code})` : 'none yet'}`,
    `  app          ${manifest.app.name} ${manifest.app.version}, schema ${manifest.schemaVersion ?? 'empty'}`,
    `  database     ${formatSize(manifest.databaseBytes)}, ${formatCount(rows)} rows in ${Object.keys(manifest.tables).length} tables`,
    `  largest      ${largest}`,
    `  sha256       ${manifest.sha256}`,
    '',
  ].join('\n');
}
