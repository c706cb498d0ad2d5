import { openDatabase, sqliteOf } from '../../../database/data-source';
import { redactUrl } from '../../sync/hq-connection';
import { configuredHqUrl, HQ_URL_VARIABLE } from '../../sync/hq-url';
import { runSync } from '../../sync/run-sync';
import { UsageError, type CliCommand } from '../command';
import { formatCount, formatDuration } from '../format';

const PHASE_WORDS = {
  push: 'Sending changes (the first sync sends every record)...\n',
  pull: "Fetching head office's messages...\n",
} as const;

export function hqUrlFromEnvironment(): string {
  const url = configuredHqUrl();
  if (!url)
    throw new UsageError(`Set ${HQ_URL_VARIABLE} to head office's PostgreSQL URL (postgres://user:password@host/db).`);
  return url;
}

/**
 * Pushes this file's pending changes to head office and pulls head office's messages, as the
 * app's sync job does. The first sync of a file sends every record it holds.
 */
export const syncCommand: CliCommand = {
  name: 'sync',
  summary: "Send this file's changes to head office's PostgreSQL and fetch its messages",
  options: { batch: { type: 'string' } },
  optionHelp: [['--batch <n>', 'Changes per head-office transaction (default 5,000)']],
  notes: [
    `Head office is the PostgreSQL database ${HQ_URL_VARIABLE} names; its schema is created or updated first.`,
    'Safe to interrupt: what head office committed is done, the rest is sent again next time, never twice.',
  ],
  async run(values, { databasePath, io }) {
    const url = hqUrlFromEnvironment();
    const batchSize = values.batch === undefined ? undefined : Number(values.batch);
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000)) {
      throw new UsageError('--batch takes a whole number from 1 to 50,000.');
    }
    const started = performance.now();
    const dataSource = await openDatabase(databasePath);
    try {
      io.out.write(`Syncing ${databasePath} with ${redactUrl(url)}...\n`);
      let shown = '';
      const result = await runSync(sqliteOf(dataSource), url, {
        batchSize,
        onProgress: (progress) => {
          if (progress.phase === shown) return;
          shown = progress.phase;
          io.out.write(PHASE_WORDS[progress.phase]);
        },
      });
      io.out.write(
        `Synced in ${formatDuration(performance.now() - started)}: ${formatCount(result.applied)} changes applied ` +
          `in ${formatCount(result.batches)} batches, ${formatCount(result.skipped)} already there, ` +
          `${formatCount(result.messagesPulled)} messages from head office.\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      io.err.write(`backroom sync: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  },
};
