import { openDatabase, sqliteOf } from '../../../database/data-source';
import { rebuildSalesRollups } from '../../../database/sales-rollups';
import { UsageError, type CliCommand } from '../command';
import { formatCount, formatDuration } from '../format';

const ROLLUP_TABLES = [
  'sales_store_days',
  'sales_store_hours',
  'sales_store_payments',
  'sales_product_days',
  'sales_product_months',
];

/**
 * Rebuilds the sales rollups from the orders. Triggers keep them exact on every write; this is
 * for after a bulk write that went around them, or to check a file by hand. It holds the write
 * lock for the whole rebuild, in one transaction: readers see the old rollups until it commits.
 */
export const rollupsCommand: CliCommand = {
  name: 'rollups',
  summary: 'Rebuild the sales rollups the dashboards read, from the orders',
  arguments: '<rebuild>',
  options: {},
  optionHelp: [],
  notes: ['Runs in one transaction; the app can stay open, its writes wait until the rebuild commits.'],
  async run(_values, { databasePath, io, args }) {
    const [action, ...extra] = args;
    if (action !== 'rebuild' || extra.length > 0) throw new UsageError('The only action is "rebuild".');
    const started = performance.now();
    const dataSource = await openDatabase(databasePath);
    const sql = sqliteOf(dataSource);
    try {
      io.out.write(`Rebuilding the sales rollups of ${databasePath}...\n`);
      sql.exec('BEGIN IMMEDIATE');
      try {
        rebuildSalesRollups(sql);
        sql.exec('COMMIT');
      } finally {
        if (sql.inTransaction) sql.exec('ROLLBACK');
      }
      const rows = ROLLUP_TABLES.map(
        (table) => `${table} ${formatCount(sql.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number)}`,
      );
      io.out.write(`Rebuilt in ${formatDuration(performance.now() - started)}: ${rows.join(', ')} rows.\n`);
      return 0;
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  },
};
