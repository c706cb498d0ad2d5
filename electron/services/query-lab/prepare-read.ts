import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { guardPrepared, guardReadOnlySql } from './sql-guard';
import type { SqlToken } from './sql-tokens';

/**
 * The statement guarded, prepared and guarded again. SQLite's own complaint about the text (a
 * typo, an unknown table) is the person's to fix, so it comes back as a validation error in
 * SQLite's words.
 */
export function prepareRead(
  sql: Database.Database,
  text: string,
): { statement: Database.Statement; tokens: SqlToken[] } {
  const tokens = guardReadOnlySql(text);
  let statement: Database.Statement;
  try {
    statement = sql.prepare(text);
  } catch (error) {
    throw sqliteRefusal(error);
  }
  guardPrepared(statement);
  return { statement, tokens };
}

export function sqliteRefusal(error: unknown): unknown {
  if (error instanceof Error && error.name === 'SqliteError')
    return new AppError('VALIDATION', `SQLite: ${error.message}`, { sqlite: (error as { code?: string }).code });
  return error;
}
