import { readFileSync } from 'node:fs';
import { sqliteOf, openDatabase } from '../../../database/data-source';
import { IMPORT_MODES } from '../../../shared/contract/imports';
import { AppError } from '../../../shared/errors';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/import/fields';
import { importProfile, type ImportProfile } from '../../../shared/import/profile';
import { systemClock } from '../../host/clock';
import { importFromFiles } from '../../import/import-files';
import type { ImportSummary } from '../../import/run-import';
import type { ImportMode, RowProblem, WriterContext } from '../../import/writer';
import { UsageError, type CliCommand, type CliIO } from '../command';
import { formatCount, formatDuration } from '../format';
import { progressPrinter } from '../progress';
import { cliActor } from '../cli-actor';

/** Problems printed to the terminal; the --rejects file has all of them. */
const PRINTED_PROBLEMS = 20;
const NEW_KINDS = ['categories', 'brands', 'suppliers'] as const;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import products, customers, suppliers, stock, sales or interactions from a CSV or XLSX file',
  arguments: '<kind> <file>',
  options: {
    mapping: { type: 'string' },
    with: { type: 'string', multiple: true },
    mode: { type: 'string', default: 'insert' },
    key: { type: 'string' },
    'all-or-nothing': { type: 'boolean' },
    'valid-rows': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'allow-new': { type: 'string' },
    store: { type: 'string' },
    rejects: { type: 'string' },
  },
  optionHelp: [
    ['<kind>', IMPORT_KINDS.join(', ')],
    [
      '--mapping <profile.json>',
      'the mapping profile (required): columns, constants, lookups and transforms per field',
    ],
    ['--with <table>=<file>', 'a lookup file the profile joins (repeat for each), e.g. --with orders=orders.csv'],
    ['--mode insert|upsert|skip', 'insert new records only (default), update by natural key, or skip existing ones'],
    ['--key <field>', "the natural key to match on (default: the kind's first mapped one)"],
    ['--all-or-nothing', 'any problem and nothing is imported (the default)'],
    ['--valid-rows', 'import the valid rows and reject the others'],
    ['--dry-run', 'check and count everything, then roll it all back'],
    ['--allow-new <list>', 'create missing categories, brands, suppliers (comma-separated, or "all")'],
    ['--store <code>', 'the store the records belong to (default: the first store)'],
    ['--rejects <file.csv>', 'write the rejected rows there, with row, column, value and reason'],
  ],
  notes: [
    'Runs as an admin of the store, in one transaction: nothing is half-imported. Stop the app first.',
    'Exit codes: 0 imported without problems, 1 rows were rejected or the import failed, 2 the command line was wrong.',
  ],
  async run(values, { databasePath, io, args }) {
    const [kindArg, file, ...extra] = args;
    if (kindArg === undefined || file === undefined) throw new UsageError('Name the kind and the file to import.');
    if (extra.length > 0) throw new UsageError(`Import one file at a time, not "${extra.join(' ')}".`);
    if (!(IMPORT_KINDS as readonly string[]).includes(kindArg)) {
      throw new UsageError(`Unknown kind "${kindArg}". Kinds: ${IMPORT_KINDS.join(', ')}.`);
    }
    const kind = kindArg as ImportKind;
    const profile = readProfile(values.mapping, kind);
    const mode = String(values.mode);
    if (!(IMPORT_MODES as readonly string[]).includes(mode)) {
      throw new UsageError(`--mode must be one of ${IMPORT_MODES.join('|')}, not "${mode}".`);
    }
    if (values['all-or-nothing'] && values['valid-rows']) {
      throw new UsageError('Choose --all-or-nothing or --valid-rows, not both.');
    }
    const lookups = parseLookups(values.with);
    const allowNew = parseAllowNew(values['allow-new']);
    const dryRun = values['dry-run'] === true;

    const started = performance.now();
    const dataSource = await openDatabase(databasePath);
    const sql = sqliteOf(dataSource);
    const progress = progressPrinter(io.out);
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    try {
      const actor = cliActor(sql, typeof values.store === 'string' ? values.store : undefined);
      io.out.write(`Importing ${kind} from ${file}${dryRun ? ' (dry run)' : ''}...\n`);
      sql.exec('BEGIN IMMEDIATE');
      let summary: ImportSummary;
      try {
        summary = await importFromFiles(
          { source: file, lookups },
          {
            sql,
            profile,
            ...actor,
            now: systemClock.now().toISOString(),
            mode: mode as ImportMode,
            naturalKey: typeof values.key === 'string' ? values.key : null,
            atomic: values['valid-rows'] !== true,
            dryRun,
            allowNew,
            rejectsPath: typeof values.rejects === 'string' ? values.rejects : null,
            signal: abort.signal,
            progress: progress.update,
          },
        );
        sql.exec(dryRun ? 'ROLLBACK' : 'COMMIT');
      } finally {
        if (sql.inTransaction) sql.exec('ROLLBACK');
      }
      progress.finish();
      printSummary(io, summary, performance.now() - started, values.rejects);
      return summary.rejected > 0 ? 1 : 0;
    } catch (error) {
      progress.finish();
      if (abort.signal.aborted) {
        io.err.write('backroom import: stopped; nothing was imported.\n');
        return 1;
      }
      if (error instanceof AppError) {
        io.err.write(`backroom import: ${error.message}\n`);
        printProblems(io, (error.details as { problems?: RowProblem[] } | undefined)?.problems ?? []);
        if (typeof values.rejects === 'string') io.err.write(`Rejected rows: ${values.rejects}\n`);
        return 1;
      }
      throw error;
    } finally {
      process.removeListener('SIGINT', stop);
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  },
};

function readProfile(given: unknown, kind: ImportKind): ImportProfile {
  if (typeof given !== 'string') throw new UsageError('Give the mapping profile with --mapping <profile.json>.');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(given, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read the mapping profile ${given}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = importProfile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `The mapping profile ${given} is not valid: ${issue.path.join('.') || 'profile'}: ${issue.message}`,
    );
  }
  if (parsed.data.kind !== kind) throw new UsageError(`The mapping profile is for ${parsed.data.kind}, not ${kind}.`);
  return parsed.data;
}

function parseLookups(given: unknown): Record<string, string> {
  const lookups: Record<string, string> = {};
  for (const pair of Array.isArray(given) ? given : []) {
    const match = /^([^=]+)=(.+)$/.exec(String(pair));
    if (!match) throw new UsageError(`--with takes <table>=<file>, not "${String(pair)}".`);
    lookups[match[1]!.trim()] = match[2]!;
  }
  return lookups;
}

function parseAllowNew(given: unknown): WriterContext['allowNew'] {
  const words = typeof given === 'string' ? given.split(',').map((word) => word.trim().toLowerCase()) : [];
  const unknown = words.filter((word) => word !== 'all' && !(NEW_KINDS as readonly string[]).includes(word));
  if (unknown.length > 0)
    throw new UsageError(`--allow-new takes ${NEW_KINDS.join(', ')} or all, not "${unknown.join(', ')}".`);
  const allowed = (kind: string) => words.includes('all') || words.includes(kind);
  return { categories: allowed('categories'), brands: allowed('brands'), suppliers: allowed('suppliers') };
}

function printSummary(io: CliIO, summary: ImportSummary, ms: number, rejects: unknown): void {
  const verb = summary.dryRun ? 'Checked (dry run, nothing saved)' : 'Imported';
  io.out.write(
    `${verb} in ${formatDuration(ms)}: ${formatCount(summary.rows)} rows, ${formatCount(summary.inserted)} inserted, ` +
      `${formatCount(summary.updated)} updated, ${formatCount(summary.skipped)} skipped, ` +
      `${formatCount(summary.rejected)} rejected.\n`,
  );
  const extra = Object.entries(summary.counts).filter(([name]) => !['inserted', 'updated', 'skipped'].includes(name));
  if (extra.length > 0) io.out.write(`${extra.map(([name, count]) => `${name}: ${formatCount(count)}`).join(', ')}\n`);
  printProblems(io, summary.problems);
  if (summary.rejected > 0 && typeof rejects === 'string') io.err.write(`Rejected rows: ${rejects}\n`);
}

function printProblems(io: CliIO, problems: readonly RowProblem[]): void {
  for (const problem of problems.slice(0, PRINTED_PROBLEMS)) {
    const where = problem.column ? `, ${problem.column}` : '';
    const value = problem.value === null ? '' : ` "${problem.value}"`;
    io.err.write(`  row ${problem.rowNumber}${where}${value}: ${problem.reason}\n`);
  }
  if (problems.length > PRINTED_PROBLEMS) io.err.write(`  ... and more\n`);
}
