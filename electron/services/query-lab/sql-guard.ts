import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { SECRET_COLUMN_NAMES, SECRET_TABLES, isSecretColumn } from './secrets';
import { nameOf, tokenizeSql, UnterminatedSqlError, type SqlToken } from './sql-tokens';

/**
 * Ad-hoc SQL reads and nothing else. The connection it runs on is opened read-only and
 * query_only, so a write fails in SQLite whatever gets past this guard; the guard adds what a
 * read-only connection still allows: pragmas, attaching other files, functions that reach the file
 * system or load code, raw page reads that would bypass the secret check, and the secrets.
 * better-sqlite3 exposes no authorizer, so the statement's tokens are judged outside strings and
 * comments, and the prepared statement's own `reader`, `readonly` and column origins after that.
 */

const STATEMENT_STARTS = new Set(['select', 'with', 'values']);

/** Words that never belong in a read (as code: inside a string they are only text). */
const REFUSED_WORDS = new Set([
  'pragma',
  'attach',
  'detach',
  'vacuum',
  'reindex',
  'analyze',
  'load_extension',
  'readfile',
  'writefile',
  'edit',
  'fsdir',
  'lsdir',
  'zipfile',
  'sqlar_compress',
  'sqlar_uncompress',
  'eval',
  'system',
  'fts3_tokenizer',
  'dbstat',
]);

/** Of SQLite's own sqlite_* names, only the schema and the version are of use to a query. */
const ALLOWED_SQLITE_NAMES = new Set(['sqlite_schema', 'sqlite_master', 'sqlite_version']);

const refuse = (message: string) => new AppError('VALIDATION', message);

/** The statement's tokens, or an AppError saying why it may not run. */
export function guardReadOnlySql(sql: string): SqlToken[] {
  let tokens: SqlToken[];
  try {
    tokens = tokenizeSql(sql);
  } catch (error) {
    if (error instanceof UnterminatedSqlError) throw refuse(error.message);
    throw error;
  }
  while (tokens.at(-1)?.text === ';' && tokens.at(-1)?.kind === 'mark') tokens.pop();
  if (tokens.length === 0) throw refuse('There is no statement to run.');
  if (tokens.some((token) => token.kind === 'mark' && token.text === ';')) throw refuse('Run one statement at a time.');
  if (!STATEMENT_STARTS.has(nameOf(tokens[0]) ?? ''))
    throw refuse('Only a query that reads can run here: start with SELECT, WITH or VALUES.');

  for (const token of tokens) {
    const name = nameOf(token);
    if (name !== null) {
      if (REFUSED_WORDS.has(name) || name.startsWith('pragma_'))
        throw refuse(`"${token.text}" is not allowed here: the lab only reads the data.`);
      if (name.startsWith('sqlite_') && !ALLOWED_SQLITE_NAMES.has(name))
        throw refuse(`"${token.text}" is not allowed here: the lab reads the schema through sqlite_schema only.`);
    }
    // Strings count too: SQLite takes a quoted name for an identifier where one is expected.
    if (SECRET_COLUMN_NAMES.has(name ?? token.text.toLowerCase())) throw secretRefused();
  }
  if (mentionsSecretTable(tokens) && tokens.some(isWildcard))
    throw new AppError(
      'FORBIDDEN',
      'Name the columns you need from staff_members: "*" would include the password hashes, which are never shown.',
    );
  return tokens;
}

/** After prepare: SQLite's own word that it reads, and that no column it returns is a secret. */
export function guardPrepared(statement: Database.Statement): void {
  if (!statement.reader || !statement.readonly)
    throw refuse('Only a query that reads can run here; this statement would change something.');
  for (const column of statement.columns()) if (isSecretColumn(column.table, column.column)) throw secretRefused();
}

function secretRefused(): AppError {
  return new AppError('FORBIDDEN', 'Password hashes are never shown, and queries cannot use them.');
}

function mentionsSecretTable(tokens: SqlToken[]): boolean {
  return tokens.some((token) => SECRET_TABLES.has(nameOf(token) ?? token.text.toLowerCase()));
}

/** `*` as every column (after SELECT, DISTINCT, ALL, a comma or `table.`), not a product or count(*). */
function isWildcard(token: SqlToken, index: number, tokens: SqlToken[]): boolean {
  if (token.kind !== 'mark' || token.text !== '*') return false;
  const before = tokens[index - 1];
  if (before?.kind === 'mark') return before.text === ',' || before.text === '.';
  return ['select', 'distinct', 'all'].includes(nameOf(before) ?? '');
}
