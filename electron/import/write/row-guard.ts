import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { toAppError } from '../../host/database-errors';
import type { RowProblem } from '../writer';

/**
 * Writes one row inside its own savepoint: a rule the database enforces (a CHECK, a UNIQUE, a
 * trigger) refuses that row only, in product words, and whatever the row had written before it
 * (a new category) is undone with it. Anything unexpected still fails the whole import.
 */
export function guardRow(sql: Database.Database, rowNumber: number, write: () => RowProblem | null): RowProblem | null {
  prepared(sql, 'SAVEPOINT "import_row"').run();
  try {
    const problem = write();
    prepared(sql, problem ? 'ROLLBACK TO "import_row"' : 'RELEASE "import_row"').run();
    if (problem) prepared(sql, 'RELEASE "import_row"').run();
    return problem;
  } catch (error) {
    prepared(sql, 'ROLLBACK TO "import_row"').run();
    prepared(sql, 'RELEASE "import_row"').run();
    const known = toAppError(error);
    if (!known) throw error;
    return { rowNumber, column: null, value: null, reason: known.message };
  }
}

/**
 * The rows of a batch, each through guardRow: a refused row takes back what it added to `counts`,
 * and `forget` drops whatever in-memory state it had created (a new category's id).
 */
export function writeGuardedRows<Row extends { rowNumber: number }>(
  sql: Database.Database,
  rows: readonly Row[],
  counts: Record<string, number>,
  write: (row: Row) => RowProblem | null,
  forget: () => void = () => {},
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const before = { ...counts };
    const problem = guardRow(sql, row.rowNumber, () => write(row));
    if (problem) {
      Object.assign(counts, before);
      forget();
      problems.push(problem);
    }
  }
  return problems;
}

/** Counts every writer keeps for the summary. */
export function newCounts(): { inserted: number; updated: number; skipped: number } {
  return { inserted: 0, updated: 0, skipped: 0 };
}

/** A mapped value as text or null (absent and empty alike). */
export function textOf(values: Record<string, unknown>, key: string): string | null {
  const value = values[key];
  return value === undefined || value === null ? null : String(value);
}
