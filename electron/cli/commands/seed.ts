import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../../../database/data-source';
import { DEMO_PASSWORD, SEED_SCALES, isSeedScale, seedDatabase } from '../../../database/seed';
import { systemClock } from '../../host/clock';
import { hashPassword } from '../../services/auth/password';
import { UsageError, type CliCommand } from '../command';
import { formatCount, formatDuration, formatSize } from '../format';
import { progressPrinter } from '../progress';

const SCALES = Object.keys(SEED_SCALES).join('|');

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Fill a new (or just set up) database with demo data: eighteen months of trade up to today',
  options: { scale: { type: 'string', default: 'demo' } },
  optionHelp: [
    [`--scale ${SCALES}`, 'demo (default): 3 stores, 2,000 products, 20,000 orders, in seconds'],
    ['', 'large: 10 stores, 50,000 products, 1,000,000 orders, in minutes'],
  ],
  notes: [
    `Every demo account's password is "${DEMO_PASSWORD}"; a new file also gets the admin "admin".`,
    'A file set up in the app keeps its store and admin. Files with products, customers or orders are refused.',
  ],
  async run(values, { databasePath, io }) {
    const scale = String(values.scale);
    if (!isSeedScale(scale)) throw new UsageError(`--scale must be one of ${SCALES}, not "${scale}".`);

    mkdirSync(dirname(databasePath), { recursive: true });
    const started = performance.now();
    const dataSource = await openDatabase(databasePath);
    const progress = progressPrinter(io.out);
    try {
      io.out.write(`Seeding ${databasePath} with the ${scale} dataset...\n`);
      const summary = await seedDatabase(dataSource, {
        scale,
        endAt: systemClock.now(),
        hashPassword,
        onProgress: progress.update,
      });
      progress.finish();
      await dataSource.destroy();
      io.out.write(
        [
          `Seeded in ${formatDuration(performance.now() - started)}: ${formatCount(summary.stores)} stores, ` +
            `${formatCount(summary.staff)} staff, ${formatCount(summary.products)} products, ` +
            `${formatCount(summary.customers)} customers, ${formatCount(summary.orders)} orders, ` +
            `${formatCount(summary.orderLines)} order lines.`,
          `Database file: ${databasePath} (${formatSize(statSync(databasePath).size)}).`,
          `Every demo account's password is "${DEMO_PASSWORD}".`,
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      progress.finish();
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  },
};
