import type Database from 'better-sqlite3';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The connection's prepared statement for this text, prepared on first use. Binding values
 * instead of writing them into the text lets every later call reuse the plan.
 */
export function prepared(sql: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sql);
  if (!cache) statements.set(sql, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sql.prepare(text)));
  return statement;
}
