import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

const scratchFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('backroom-index-lab-'));
const schema = (f: SalesFixture) =>
  f.sql.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY type, name`).all() as unknown[];

describe('the index lab', () => {
  let f: SalesFixture;
  const query = 'SELECT "sku" FROM "products" WHERE "cost_cents" = 50 ORDER BY "reorder_qty"';

  beforeAll(async () => {
    f = await openSalesFixture();
    for (let i = 0; i < 30; i++) f.product({ priceCents: 100 + i, stock: 0 });
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('shows the plan as a tree, times it and suggests an index for the full scan', async () => {
    const answer = await f.t.ok('queryLab.tryIndex', { sql: query }, f.tokens.admin);
    expect(answer.current.plan.map((step) => step.detail)).toContain('SCAN products');
    expect(answer.current.rows).toBe(30);
    expect(answer.current.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(answer.changed).toBeNull();
    expect(answer.suggestions).toEqual([
      'CREATE INDEX "IDX_lab_products_cost_cents_reorder_qty" ON "products" ("cost_cents", "reorder_qty")',
    ]);
  });

  it('tries a proposed index on a scratch copy, side by side, and leaves the live file and temp folder as they were', async () => {
    const before = schema(f);
    const filesBefore = scratchFiles();
    const answer = await f.t.ok(
      'queryLab.tryIndex',
      { sql: query, createIndex: 'CREATE INDEX "IDX_lab_cost" ON "products" ("cost_cents", "reorder_qty")' },
      f.tokens.admin,
    );
    expect(answer.current.plan.map((step) => step.detail)).toContain('SCAN products');
    expect(answer.changed!.plan.map((step) => step.detail)).toEqual([
      'SEARCH products USING INDEX IDX_lab_cost (cost_cents=?)',
    ]);
    expect(answer.changed!.rows).toBe(30);
    expect(answer.scratchRemoved).toBe(true);
    expect(schema(f)).toEqual(before);
    expect(scratchFiles()).toEqual(filesBefore);
  });

  it('times a query without an index it uses, on the scratch copy only', async () => {
    const before = schema(f);
    const lookup = 'SELECT "on_hand" FROM "stock_levels" WHERE "product_id" = 3';
    const plain = await f.t.ok('queryLab.tryIndex', { sql: lookup }, f.tokens.admin);
    const used = plain.current.plan
      .map((step) => /USING (?:COVERING )?INDEX (\S+)/.exec(step.detail)?.[1])
      .find(Boolean);
    expect(used).toBeDefined();
    const answer = await f.t.ok('queryLab.tryIndex', { sql: lookup, dropIndex: used! }, f.tokens.admin);
    expect(answer.current.plan.map((step) => step.detail).join()).toContain(used!);
    expect(answer.changed!.plan.map((step) => step.detail).join()).not.toContain(used!);
    expect(answer.changed!.rows).toBe(answer.current.rows);
    expect(schema(f)).toEqual(before);

    for (const [dropIndex, reason] of [
      ['IDX_nowhere', /no index called/],
      ['sqlite_autoindex_brands_1', /cannot be left out/],
    ] as const) {
      const envelope = await f.t.call('queryLab.tryIndex', { sql: lookup, dropIndex }, f.tokens.admin);
      expect(envelope.ok ? null : envelope.error.code, dropIndex).toBe('VALIDATION');
      expect(envelope.ok ? '' : envelope.error.message).toMatch(reason);
    }
  });

  it('accepts only CREATE INDEX on a table the file has, and only a query that reads', async () => {
    for (const createIndex of [
      'DROP TABLE products',
      'CREATE INDEX x ON nowhere (a)',
      'CREATE INDEX x ON products (sku); DROP TABLE products',
      'CREATE TABLE x (a)',
    ]) {
      const envelope = await f.t.call('queryLab.tryIndex', { sql: query, createIndex }, f.tokens.admin);
      expect(envelope.ok ? null : envelope.error.code, createIndex).toBe('VALIDATION');
    }
    const write = await f.t.call('queryLab.tryIndex', { sql: 'DELETE FROM products' }, f.tokens.admin);
    expect(write.ok ? null : write.error.code).toBe('VALIDATION');
    expect(await f.t.count('products')).toBe(30);
  });
});
