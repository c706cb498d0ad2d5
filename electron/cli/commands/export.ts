import { renameSync, rmSync } from 'node:fs';
import { extname } from 'node:path';
import {
  EXPORT_LIST_CHANNELS,
  LIST_EXPORT_FORMATS,
  exportListFilters,
  type ExportList,
  type ListExportFormat,
} from '../../../shared/contract/exports';
import { exportList } from '../../export/export-list';
import { exportDatabase } from '../../export/full-export';
import { exportReadContext } from '../../export/read-context';
import { systemClock } from '../../host/clock';
import { openReadOnlyDatabase } from '../../workers/read-only-database';
import { UsageError, type CliCommand } from '../command';
import { formatCount, formatDuration, formatSize } from '../format';
import { progressPrinter } from '../progress';
import { cliActor } from '../cli-actor';

const LISTS = Object.keys(EXPORT_LIST_CHANNELS) as ExportList[];
const isList = (name: string): name is ExportList => (LISTS as string[]).includes(name);

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write a list (with filters) to CSV or XLSX, or the whole database to a zip of CSV files',
  arguments: '<list|database>',
  options: {
    filters: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    store: { type: 'string' },
  },
  optionHelp: [
    [`<list>`, LISTS.join(', ')],
    ['database', 'every table as CSV, with manifest.json (row counts, sha256), in a zip'],
    ['--filters <json>', `the list's filters as its screen sends them, e.g. '{"search":"brie","lowStock":true}'`],
    ['--format csv|xlsx|zip', 'csv (default for lists), xlsx, or zip (the database; the only format)'],
    ['--out <file>', 'where to write (required); written beside it first, moved there when complete'],
    ['--store <code>', "the store whose lists to read (default: the first store); a list's storeId filter wins"],
  ],
  notes: [
    'Runs as an admin of the store: every list is open to it. Reads one snapshot; the app can keep running.',
    'Money is written as decimal amounts (headers name the currency); dates and times are ISO, times in UTC.',
  ],
  async run(values, { databasePath, io, args }) {
    const [what, ...extra] = args;
    if (what === undefined) throw new UsageError(`Name what to export: ${LISTS.join(', ')} or database.`);
    if (extra.length > 0) throw new UsageError(`Export one thing at a time, not "${extra.join(' ')}".`);
    if (what !== 'database' && !isList(what))
      throw new UsageError(`Unknown list "${what}". Lists: ${LISTS.join(', ')}; or database.`);
    const out = typeof values.out === 'string' ? values.out : undefined;
    if (!out) throw new UsageError('Give the file to write with --out <file>.');
    const format = chooseFormat(what, values.format, out);
    const filters = what === 'database' ? null : parseFilters(what, values.filters);

    const started = performance.now();
    const { dataSource, sql } = await openReadOnlyDatabase(databasePath);
    const progress = progressPrinter(io.out);
    const partial = `${out}.partial`;
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    try {
      const actor = cliActor(sql, typeof values.store === 'string' ? values.store : undefined);
      const now = systemClock.now();
      const run = { signal: abort.signal, progress: progress.update };
      sql.exec('BEGIN');
      const written =
        what === 'database'
          ? await exportDatabase(sql, { path: partial, exportedAt: now.toISOString(), storeId: actor.storeId }, run)
          : await exportList(
              { list: what, filters, format: format as ListExportFormat, path: partial },
              exportReadContext(dataSource, sql, actor, now),
              run,
            );
      progress.finish();
      renameSync(partial, out);
      io.out.write(
        `Exported ${formatCount(written.rows)} rows to ${out} (${formatSize(written.bytes)}) ` +
          `in ${formatDuration(performance.now() - started)}.\n`,
      );
      return 0;
    } catch (error) {
      rmSync(partial, { force: true });
      if (abort.signal.aborted) {
        progress.finish();
        io.err.write('backroom export: stopped; nothing was written.\n');
        return 1;
      }
      throw error;
    } finally {
      process.off('SIGINT', stop);
      progress.finish();
      if (sql.inTransaction) sql.exec('ROLLBACK');
      await dataSource.destroy();
    }
  },
};

function chooseFormat(what: string, given: unknown, out: string): ListExportFormat | 'zip' {
  if (what === 'database') {
    if (given !== undefined && given !== 'zip') throw new UsageError('The database is exported as --format zip only.');
    return 'zip';
  }
  const format = typeof given === 'string' ? given : extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
  if (!(LIST_EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be csv or xlsx for a list, not "${format}".`);
  return format as ListExportFormat;
}

function parseFilters(list: ExportList, given: unknown): unknown {
  let raw: unknown = {};
  if (typeof given === 'string') {
    try {
      raw = JSON.parse(given);
    } catch {
      throw new UsageError('--filters must be JSON, e.g. \'{"search":"brie"}\'.');
    }
  }
  const parsed = exportListFilters[list].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--filters: ${issue?.path.join('.') || 'filters'}: ${issue?.message ?? 'not valid'}.`);
  }
  return parsed.data;
}
