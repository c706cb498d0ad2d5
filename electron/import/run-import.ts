import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { ProgressReport } from '../jobs/progress';
import { importKinds } from '../../shared/import/kinds';
import { DEFAULT_LOCALE, type ImportProfile } from '../../shared/import/profile';
import { loadLookups } from './lookups';
import { compileMapping, mapRow } from './map-row';
import type { TableSource } from './read/table-source';
import { RejectsFile } from './rejects';
import { validateRow } from './validate-row';
import type { ImportMode, ImportRow, RowProblem, WriterContext } from './writer';
import { importWriters } from './writers';

/** Rows handed to the writer at once: big enough for prepared statements to stream, small enough to hold. */
export const IMPORT_BATCH_ROWS = 5_000;
/** Problems kept in memory for the summary; the rejects file gets every one. */
export const KEPT_PROBLEMS = 10_000;

export interface RunImportOptions {
  /** Inside the caller's one transaction (the job's or the command line's). */
  sql: Database.Database;
  source: TableSource;
  /** The lookup files the profile joins, by table name. */
  lookups?: ReadonlyMap<string, TableSource>;
  profile: ImportProfile;
  storeId: number;
  staffId: number;
  /** ISO timestamp from the app's clock; also the limit for dates in the future. */
  now: string;
  mode: ImportMode;
  naturalKey: string | null;
  /** All or nothing: any problem and nothing is written (after checking the whole file). */
  atomic: boolean;
  /**
   * Do everything, then roll it back: the summary says what would happen. When the caller's
   * transaction is open, rolling it back is the caller's part (the import never nests a savepoint).
   */
  dryRun: boolean;
  allowNew: WriterContext['allowNew'];
  /** Where the rejected rows go as CSV; none when null. */
  rejectsPath?: string | null;
  signal?: AbortSignal;
  progress?: (progress: ProgressReport) => void;
  batchRows?: number;
}

export interface ImportSummary {
  /** Data rows read from the file (the header and blank rows not counted). */
  rows: number;
  inserted: number;
  updated: number;
  skipped: number;
  /** Rows refused, each with at least one problem. */
  rejected: number;
  /** The first problems, in file order (all of them are in the rejects file). */
  problems: RowProblem[];
  problemCount: number;
  dryRun: boolean;
  /** Kind-specific counts from the writer (orders, lines, ...). */
  counts: Record<string, number>;
}

/**
 * Imports one file: reads it row by row, maps and types each row by the profile, refuses duplicate
 * keys within the file, and hands batches to the kind's writer. Everything it writes is one
 * transaction: the caller's when one is open (a job's, the command line's), which then rolls back
 * on a throw (all or nothing with problems, a cancel, a failure) and for a dry run; otherwise its
 * own, ended here. Never a savepoint inside the caller's transaction: SQLite would keep a
 * statement journal of every trigger-firing insert until the end, several times slower.
 */
export async function runImport(options: RunImportOptions): Promise<ImportSummary> {
  const { sql, source, profile, signal } = options;
  const spec = importKinds[profile.kind];
  const lookups = await loadLookups(profile, options.lookups ?? new Map(), signal);
  const fields = compileMapping(spec, profile, source.header, lookups);
  const naturalKey = chooseNaturalKey(options, spec.naturalKeys, new Set(fields.map((field) => field.spec.key)));
  const locale = profile.locale ?? DEFAULT_LOCALE;
  const now = new Date(options.now);
  const machineNumbers = source.format === 'xlsx';
  const uniqueKeys = (spec.uniqueInFile ?? []).filter((key) => fields.some((field) => field.spec.key === key));
  const seen = new Map(uniqueKeys.map((key) => [key, new Map<string, number>()]));
  const labels = new Map(
    fields.map((field) => [field.spec.key, { column: field.columnLabel, label: field.spec.label }]),
  );

  const rejects = options.rejectsPath ? new RejectsFile(options.rejectsPath, source.header) : null;
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rejected = 0;
  let rows = 0;

  const ownTransaction = !sql.inTransaction;
  if (ownTransaction) sql.exec('BEGIN IMMEDIATE');
  try {
    const writer = importWriters[profile.kind]({
      sql,
      storeId: options.storeId,
      staffId: options.staffId,
      mode: options.mode,
      naturalKey,
      now: options.now,
      allowNew: options.allowNew,
      dryRun: options.dryRun,
    });

    // Cells of the rows of this batch and the one before, for the rejects file: a writer may refuse
    // a row of the previous batch when it finishes a group that spans both.
    let cells = new Map<number, string[]>();
    let previousCells = new Map<number, string[]>();
    let batch: ImportRow[] = [];
    let batchProblems: RowProblem[] = [];

    const report = (found: RowProblem[]) => {
      if (found.length === 0) return;
      const byRow = new Map<number, RowProblem[]>();
      for (const problem of found) {
        const list = byRow.get(problem.rowNumber);
        if (list) list.push(problem);
        else byRow.set(problem.rowNumber, [problem]);
      }
      for (const [rowNumber, rowProblems] of [...byRow].sort(([a], [b]) => a - b)) {
        rejected += 1;
        problemCount += rowProblems.length;
        for (const problem of rowProblems) if (problems.length < KEPT_PROBLEMS) problems.push(problem);
        rejects?.add(rowNumber, cells.get(rowNumber) ?? previousCells.get(rowNumber) ?? [], rowProblems);
      }
    };

    // A writer names the field at fault by its key and gives the reason without it ("onHand", "is
    // negative"); a person reads it as a field check says it: the file's column and the field's name.
    const inFileWords = (found: RowProblem[]): RowProblem[] =>
      found.map((problem) => {
        const field = problem.column === null ? undefined : labels.get(problem.column);
        return field ? { ...problem, column: field.column, reason: `${field.label} ${problem.reason}` } : problem;
      });

    const flush = () => {
      const written = batch.length > 0 ? inFileWords(writer.write(batch)) : [];
      report([...batchProblems, ...written]);
      previousCells = cells;
      cells = new Map();
      batch = [];
      batchProblems = [];
      options.progress?.({ phase: 'reading', unit: 'bytes', rows, ...source.progress() });
      signal?.throwIfAborted();
    };

    options.progress?.({ phase: 'reading', unit: 'bytes', rows, ...source.progress() });
    for await (const sourceRow of source.rows()) {
      const { rowNumber } = sourceRow;
      if (!sourceRow.problem && sourceRow.cells.every((cell) => cell.trim() === '')) continue;
      rows += 1;
      if (rejects) cells.set(rowNumber, sourceRow.cells);
      if (sourceRow.problem) {
        batchProblems.push({ rowNumber, column: null, value: null, reason: sourceRow.problem });
      } else {
        const {
          row,
          problems: found,
          parsed,
        } = validateRow(rowNumber, mapRow(fields, sourceRow.cells, lookups), {
          locale,
          now,
          machineNumbers,
        });
        const duplicate = row ? firstDuplicate(row, seen, labels) : null;
        if (duplicate) batchProblems.push(duplicate);
        else if (row) batch.push(row);
        else {
          batchProblems.push(...found);
          // A writer of groups hears of the refusal in file order, after the rows before it.
          if (writer.refused) {
            flush();
            report(inFileWords(writer.refused(parsed)));
          }
        }
      }
      if (batch.length + batchProblems.length >= (options.batchRows ?? IMPORT_BATCH_ROWS)) flush();
    }
    flush();
    report(inFileWords(writer.finish()));
    signal?.throwIfAborted();

    const counts = writer.summary();
    const summary: ImportSummary = {
      rows,
      inserted: counts.inserted ?? 0,
      updated: counts.updated ?? 0,
      skipped: counts.skipped ?? 0,
      rejected,
      problems,
      problemCount,
      dryRun: options.dryRun,
      counts,
    };
    if (options.atomic && rejected > 0) {
      throw new AppError(
        'VALIDATION',
        `${rejected} of ${rows} rows have problems, so nothing was imported (all or nothing). ` +
          'Fix them (the rejected rows list says where and why) or import the valid rows only.',
        { rejected, rows, problems: problems.slice(0, 100) },
      );
    }
    if (ownTransaction) sql.exec(options.dryRun ? 'ROLLBACK' : 'COMMIT');
    return summary;
  } catch (error) {
    if (ownTransaction && sql.inTransaction) sql.exec('ROLLBACK');
    throw error;
  } finally {
    rejects?.close();
  }
}

/** A key field's value seen on an earlier row of the file refuses this row. Remembers it otherwise. */
function firstDuplicate(
  row: ImportRow,
  seen: Map<string, Map<string, number>>,
  labels: Map<string, { column: string; label: string }>,
): RowProblem | null {
  for (const [key, values] of seen) {
    const value = row.values[key];
    if (value === null || value === undefined) continue;
    // Keys compare without regard to case, as the database's NOCASE columns do.
    const normalized = String(value).toLowerCase();
    const first = values.get(normalized);
    if (first !== undefined) {
      return {
        rowNumber: row.rowNumber,
        column: labels.get(key)?.column ?? key,
        value: String(value),
        reason: `${labels.get(key)?.label ?? key} is already on row ${first} of the file; each may appear only once`,
      };
    }
  }
  for (const [key, values] of seen) {
    const value = row.values[key];
    if (value !== null && value !== undefined) values.set(String(value).toLowerCase(), row.rowNumber);
  }
  return null;
}

/** The natural key an import matches on: the one asked for (it must be mapped), else the kind's first mapped one. */
export function chooseNaturalKey(
  options: Pick<RunImportOptions, 'mode' | 'naturalKey'>,
  naturalKeys: readonly string[],
  mapped: ReadonlySet<string>,
): string | null {
  if (options.naturalKey !== null) {
    if (!naturalKeys.includes(options.naturalKey)) {
      throw new AppError(
        'VALIDATION',
        `Records of this kind are matched by ${naturalKeys.join(' or ')}, not "${options.naturalKey}".`,
      );
    }
    if (!mapped.has(options.naturalKey)) {
      throw new AppError('VALIDATION', `Map a column to "${options.naturalKey}" to match records by it.`);
    }
    return options.naturalKey;
  }
  if (options.mode === 'insert') return naturalKeys.find((key) => mapped.has(key)) ?? null;
  const key = naturalKeys.find((candidate) => mapped.has(candidate));
  if (!key) throw new AppError('VALIDATION', `Map a column to ${naturalKeys.join(' or ')} to match existing records.`);
  return key;
}
