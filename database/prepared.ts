import type Database from 'better-sqlite3';

/** Statements kept per connection; past this the least recently used one is dropped. */
export const PREPARED_CACHE_LIMIT = 500;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A statement prepared once per connection and text, then reused with bound parameters: TypeORM
 * writes values into the SQL text, so its own statement cache never hits. Some callers build the
 * text from data (a list of placeholders, a chosen sort), so the cache is bounded: a Map keeps
 * insertion order, and a hit moves the text to the end, so the first key is always the least
 * recently used. A dropped statement stays usable by whoever still holds it.
 *
 * One text may serve callers that read rows and callers that pluck a value (two settings readers
 * share `SELECT "value" FROM "settings" WHERE "key" = ?`), and pluck(), raw() and expand() change
 * the statement for good: each caller gets it back in rows and picks its mode as it reads.
 */
export function prepared(sql: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sql);
  if (!cache) statements.set(sql, (cache = new Map()));
  let statement = cache.get(text);
  if (statement) {
    cache.delete(text);
  } else {
    statement = sql.prepare(text);
    if (cache.size >= PREPARED_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, statement);
  return statement.reader ? statement.pluck(false).raw(false).expand(false) : statement;
}

/** How many statements a connection holds, for tests of the bound. */
export function preparedCount(sql: Database.Database): number {
  return statements.get(sql)?.size ?? 0;
}
