import { openDatabase, sqliteOf } from '../../../database/data-source';
import { connectHq } from '../../sync/hq-connection';
import { reconcile, type ReconcileReport } from '../../sync/reconcile';
import { type CliCommand } from '../command';
import { formatCount } from '../format';
import { hqUrlFromEnvironment } from './sync';

/**
 * Compares this file with head office's copy of it: rows and checksums per table and per day,
 * and the first records that differ. Exit code 1 when they differ.
 */
export const reconcileCommand: CliCommand = {
  name: 'reconcile',
  summary: "Compare this file's records with head office's copy, table by table and day by day",
  options: { json: { type: 'boolean' } },
  optionHelp: [['--json', 'Print the whole report as JSON']],
  notes: [
    'Only reads both sides. Changes not yet synced show as differences; the report says how many are pending.',
    'Exit code 0 when both sides match, 1 when they differ.',
  ],
  async run(values, { databasePath, io }) {
    const url = hqUrlFromEnvironment();
    const dataSource = await openDatabase(databasePath);
    try {
      const hq = await connectHq(url);
      try {
        const report = await reconcile(sqliteOf(dataSource), hq);
        io.out.write(values.json === true ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
        return report.matches ? 0 : 1;
      } finally {
        await hq.end().catch(() => undefined);
      }
    } catch (error) {
      io.err.write(`backroom reconcile: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  },
};

function describe(report: ReconcileReport): string {
  const lines = report.tables.map(({ entity, store, hq }) => {
    const mark = store.rows === hq.rows && store.checksum === hq.checksum ? 'ok  ' : 'DIFF';
    return `${mark} ${entity.padEnd(22)} store ${formatCount(store.rows).padStart(11)}  head office ${formatCount(hq.rows).padStart(11)}`;
  });
  for (const day of report.days.slice(0, 20)) {
    lines.push(`DIFF ${day.entity} on ${day.day}: store ${day.store.rows} rows, head office ${day.hq.rows} rows`);
  }
  for (const difference of report.differences.slice(0, 20)) {
    lines.push(`     ${difference.entity} ${difference.uid}: ${difference.kind}`);
  }
  lines.push(
    report.matches
      ? 'Store and head office match.'
      : `Store and head office differ${report.pending > 0 ? ` (${formatCount(report.pending)} changes not yet synced)` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
