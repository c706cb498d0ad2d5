import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorPayload } from '../../../shared/errors';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

/** CPU seconds used so far by each child process of this test (Linux /proc, through ps). */
function childCpuSeconds(): Map<number, number> {
  const lines = execFileSync('ps', ['-o', 'pid=,times=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return new Map(
    lines
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]),
  );
}

describe('ad-hoc SQL in the query lab', () => {
  let f: SalesFixture;
  const refusal = async (sql: string): Promise<ErrorPayload> => {
    const envelope = await f.t.call('queryLab.runSql', { sql }, f.tokens.admin);
    if (envelope.ok) throw new Error(`ran, but should have been refused: ${sql}`);
    return envelope.error;
  };

  beforeAll(async () => {
    f = await openSalesFixture();
    f.product({ priceCents: 300 });
    f.product({ priceCents: 700 });
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('answers a read with its columns and rows', async () => {
    const result = await f.t.ok(
      'queryLab.runSql',
      { sql: 'SELECT "sku", "price_cents" AS "price" FROM "products" ORDER BY "price_cents" DESC' },
      f.tokens.admin,
    );
    expect(result.columns.map((column) => column.label)).toEqual(['sku', 'price']);
    expect(result.rows).toEqual([
      ['SKU-2', 700],
      ['SKU-1', 300],
    ]);
    expect(result.truncated).toBe(false);
  });

  it('caps the rows and says it did', async () => {
    const result = await f.t.ok(
      'queryLab.runSql',
      { sql: 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 50) SELECT x FROM n', maxRows: 10 },
      f.tokens.admin,
    );
    expect(result.rows).toHaveLength(10);
    expect(result.rows.at(-1)).toEqual([10]);
    expect(result.truncated).toBe(true);
  });

  it('refuses what would write, and more than one statement', async () => {
    for (const sql of [
      'DELETE FROM products',
      'UPDATE products SET price_cents = 0',
      "INSERT INTO customers (uid, first_name, last_name) VALUES ('x', 'a', 'b') RETURNING id",
      'CREATE TABLE t (a)',
      'SELECT 1; DELETE FROM products',
      'SELECT 1; SELECT 2',
      'WITH gone AS (DELETE FROM products RETURNING *) SELECT * FROM gone',
    ])
      expect((await refusal(sql)).code, sql).toBe('VALIDATION');
    expect(await f.t.count('products')).toBe(2);
  });

  it('refuses pragmas, attaching files, vacuum and functions that reach outside the data', async () => {
    for (const sql of [
      'PRAGMA table_info(products)',
      "SELECT * FROM pragma_table_info('products')",
      "ATTACH DATABASE '/tmp/other.sqlite' AS other",
      'DETACH DATABASE other',
      "VACUUM INTO '/tmp/copy.sqlite'",
      "SELECT load_extension('/tmp/evil')",
      "SELECT readfile('/etc/passwd')",
      'SELECT * FROM dbstat',
      'SELECT sqlite_compileoption_get(0)',
    ])
      expect((await refusal(sql)).code, sql).toBe('VALIDATION');
  });

  it('judges the code, not comments and strings: a word in a string is only text, a statement after a comment still counts', async () => {
    const quoted = await f.t.ok(
      'queryLab.runSql',
      { sql: 'SELECT \'DELETE FROM products; PRAGMA x\' AS "said" -- ; DROP TABLE products' },
      f.tokens.admin,
    );
    expect(quoted.rows).toEqual([['DELETE FROM products; PRAGMA x']]);
    expect((await refusal('/* SELECT */ DELETE FROM products')).code).toBe('VALIDATION');
    expect((await refusal("SELECT 1 /* ' */; DELETE FROM products -- '")).code).toBe('VALIDATION');
    expect((await refusal("SELECT '1'; PRAGMA writable_schema = 1; --'")).code).toBe('VALIDATION');
    expect((await refusal("SELECT 'open")).code).toBe('VALIDATION');
    expect(await f.t.count('products')).toBe(2);
  });

  it('never reads password hashes, however they are asked for', async () => {
    for (const sql of [
      'SELECT password_hash FROM staff_members',
      'SELECT "PASSWORD_HASH" FROM staff_members',
      'SELECT [password_hash] FROM staff_members',
      'SELECT * FROM staff_members',
      'SELECT s.* FROM staff_members s',
      'SELECT * FROM (SELECT * FROM "staff_members")',
      "SELECT * FROM 'staff_members'",
      "SELECT username FROM staff_members WHERE substr(password_hash, 1, 1) = '$'",
    ])
      expect((await refusal(sql)).code, sql).toBe('FORBIDDEN');
    const named = await f.t.ok(
      'queryLab.runSql',
      { sql: 'SELECT username, role, count(*) * 2 AS doubled FROM staff_members GROUP BY username ORDER BY username' },
      f.tokens.admin,
    );
    expect(named.rows.map((row) => row[0])).toEqual(['ada', 'carl', 'mia']);
  });

  it('shows SQLite’s own complaint about a mistake', async () => {
    const error = await refusal('SELECT nope FROM products');
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('no such column');
  });

  it('stops a runaway query at its time limit, stays responsive meanwhile, and runs the next one', async () => {
    const started = Date.now();
    const runaway = f.t.call(
      'queryLab.runSql',
      {
        sql: 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000000) SELECT count(*) FROM n',
        timeoutMs: 1_500,
      },
      f.tokens.admin,
    );
    // Other calls are answered while it runs.
    const during = await f.t.ok('settings.getSales', {}, f.tokens.manager);
    expect(during).toBeDefined();
    expect(Date.now() - started).toBeLessThan(1_500);
    const envelope = await runaway;
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error).toMatchObject({ code: 'CONFLICT', details: { stopped: 'timeout' } });
    const next = await f.t.ok('queryLab.runSql', { sql: 'SELECT 41 + 1 AS answer' }, f.tokens.admin);
    expect(next.rows).toEqual([[42]]);
    // Really stopped: no process of ours goes on counting (a live runaway burns a core).
    const first = childCpuSeconds();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const [pid, seconds] of childCpuSeconds())
      expect(seconds - (first.get(pid) ?? 0), `pid ${pid}`).toBeLessThan(2);
  });

  it('cancels a run by its id', async () => {
    const runId = 'cancel-me-0001';
    const running = f.t.call(
      'queryLab.runSql',
      {
        sql: 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000000) SELECT count(*) FROM n',
        timeoutMs: 30_000,
        runId,
      },
      f.tokens.admin,
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    await f.t.ok('queryLab.cancel', { runId }, f.tokens.admin);
    const envelope = await running;
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error).toMatchObject({ code: 'CONFLICT', details: { stopped: 'cancelled' } });
  });

  it('is for admins only: a manager is refused, and the refusal audited', async () => {
    const envelope = await f.t.call('queryLab.runSql', { sql: 'SELECT 1' }, f.tokens.manager);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.code).toBe('FORBIDDEN');
    const tryIndex = await f.t.call('queryLab.tryIndex', { sql: 'SELECT 1' }, f.tokens.manager);
    expect(tryIndex.ok ? null : tryIndex.error.code).toBe('FORBIDDEN');
    const audited = f.sql
      .prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'queryLab.runSql' AND result = 'forbidden'`)
      .get() as { n: number };
    expect(audited.n).toBe(1);
  });

  it('audits every run with its statement and outcome', async () => {
    const before = f.sql.prepare(`SELECT MAX(id) AS id FROM audit_log`).get() as { id: number };
    await f.t.ok('queryLab.runSql', { sql: 'SELECT 7 AS seven' }, f.tokens.admin);
    await refusal('DELETE FROM products');
    const rows = f.sql
      .prepare(`SELECT action, result, error_code AS code, details FROM audit_log WHERE id > ? ORDER BY id`)
      .all(before.id) as { action: string; result: string; code: string | null; details: string }[];
    expect(rows.map(({ action, result, code }) => ({ action, result, code }))).toEqual([
      { action: 'queryLab.runSql', result: 'ok', code: null },
      { action: 'queryLab.runSql', result: 'error', code: 'VALIDATION' },
    ]);
    expect(JSON.parse(rows[0]!.details)).toMatchObject({ input: { sql: 'SELECT 7 AS seven' } });
    expect(JSON.parse(rows[1]!.details)).toMatchObject({ input: { sql: 'DELETE FROM products' } });
  });
});
