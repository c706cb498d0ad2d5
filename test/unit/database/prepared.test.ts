import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PREPARED_CACHE_LIMIT, prepared, preparedCount } from '../../../database/prepared';

describe('prepared statement cache', () => {
  let sql: Database.Database;
  beforeEach(() => {
    sql = new Database(':memory:');
  });
  afterEach(() => {
    sql.close();
  });

  it('prepares a text once and hands back the same statement', () => {
    const first = prepared(sql, 'SELECT 1 AS "one"');
    expect(prepared(sql, 'SELECT 1 AS "one"')).toBe(first);
    expect(preparedCount(sql)).toBe(1);
  });

  it('never holds more than its limit, however many texts are built from data', () => {
    for (let i = 0; i < PREPARED_CACHE_LIMIT * 3; i++) prepared(sql, `SELECT ${i} AS "n"`);
    expect(preparedCount(sql)).toBe(PREPARED_CACHE_LIMIT);
    expect(prepared(sql, `SELECT ${PREPARED_CACHE_LIMIT * 3 - 1} AS "n"`).get()).toEqual({
      n: PREPARED_CACHE_LIMIT * 3 - 1,
    });
  });

  it('drops the least recently used text, keeping the ones in use', () => {
    const hot = prepared(sql, "SELECT 'hot'");
    const cold = prepared(sql, "SELECT 'cold'");
    for (let i = 0; i < PREPARED_CACHE_LIMIT - 1; i++) {
      prepared(sql, `SELECT ${i}`);
      // The hot statement is used all along, so it is never the oldest.
      expect(prepared(sql, "SELECT 'hot'")).toBe(hot);
    }
    expect(preparedCount(sql)).toBe(PREPARED_CACHE_LIMIT);
    expect(prepared(sql, "SELECT 'hot'")).toBe(hot);
    expect(prepared(sql, "SELECT 'cold'")).not.toBe(cold);
  });

  it('keeps one cache per connection', () => {
    const other = new Database(':memory:');
    try {
      expect(prepared(other, 'SELECT 1')).not.toBe(prepared(sql, 'SELECT 1'));
    } finally {
      other.close();
    }
  });

  it('hands each caller the statement in rows, whatever mode the caller before left it in', () => {
    sql.exec(
      `CREATE TABLE "settings" ("key" TEXT PRIMARY KEY, "value" TEXT); INSERT INTO "settings" VALUES ('a', '1')`,
    );
    const text = 'SELECT "value" FROM "settings" WHERE "key" = ?';
    // One setting's reader takes the value alone, another the row: they share the cached statement.
    expect(prepared(sql, text).pluck().get('a')).toBe('1');
    expect(prepared(sql, text).get('a')).toEqual({ value: '1' });
    expect(prepared(sql, text).raw().get('a')).toEqual(['1']);
    expect(prepared(sql, text).get('a')).toEqual({ value: '1' });
    expect(prepared(sql, text).expand().get('a')).toEqual({ settings: { value: '1' } });
    expect(prepared(sql, text).all('a')).toEqual([{ value: '1' }]);
  });

  it('hands back writes as they are (they have no row mode to reset)', () => {
    sql.exec('CREATE TABLE "t" ("n" INTEGER)');
    expect(prepared(sql, 'INSERT INTO "t" VALUES (?)').run(1).changes).toBe(1);
    expect(prepared(sql, 'INSERT INTO "t" VALUES (?)').run(2).changes).toBe(1);
  });
});
