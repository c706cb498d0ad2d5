import type Database from 'better-sqlite3';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection and text, then reused with bound parameters: TypeORM
 * writes values into the SQL text, so its own statement cache never hits.
 */
export function prepared(sql: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sql);
  if (!cache) statements.set(sql, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sql.prepare(text)));
  return statement;
}
