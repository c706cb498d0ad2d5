import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COUNT_LINES } from '../../../shared/contract';
import { newUid } from '../../../database/ids';
import { expectError, openStockWorld, type StockWorld } from './stock-fixtures';

describe('stock counts', () => {
  let w: StockWorld;
  let clerk: string;

  beforeAll(async () => {
    w = await openStockWorld();
    clerk = await w.login('clerk', w.storeA);
  });
  afterAll(() => w.dispose());

  it('books exactly one movement per difference, and stock on hand equals what was counted', async () => {
    const [same, fewer, more, fromNothing] = [w.product(), w.product(), w.product(), w.product()];
    for (const product of [same, fewer, more]) w.move(w.storeA, product, 'receipt', 10);
    w.move(w.storeB, fewer, 'receipt', 10);
    const movementsBefore = await w.t.count('stock_movements');

    const result = await w.t.ok(
      'stock.applyCount',
      {
        lines: [
          { productId: same, counted: 10 },
          { productId: fewer, counted: 7 },
          { productId: more, counted: 12 },
          { productId: fromNothing, counted: 3 },
        ],
        note: 'Aisle 4',
      },
      clerk,
    );

    expect(result).toMatchObject({ lines: 4, changed: 3 });
    expect(await w.t.count('stock_movements')).toBe(movementsBefore + 3);
    const movements = w.sql
      .prepare('SELECT product_id, kind, quantity FROM stock_movements WHERE stock_count_id = ? ORDER BY product_id')
      .all(result.countId);
    expect(movements).toEqual([
      { product_id: fewer, kind: 'count', quantity: -3 },
      { product_id: more, kind: 'count', quantity: 2 },
      { product_id: fromNothing, kind: 'count', quantity: 3 },
    ]);
    expect([same, fewer, more, fromNothing].map((product) => w.onHand(w.storeA, product))).toEqual([10, 7, 12, 3]);
    expect(w.onHand(w.storeB, fewer)).toBe(10);
    expect(w.ledgerDiscrepancies()).toEqual([]);
  });

  it('returns the count as a printable sheet', async () => {
    const banana = w.product({ name: 'Bananas' });
    const apple = w.product({ name: 'Apples' });
    w.move(w.storeA, banana, 'receipt', 20);
    const { countId } = await w.t.ok(
      'stock.applyCount',
      {
        lines: [
          { productId: banana, counted: 18 },
          { productId: apple, counted: 0 },
        ],
      },
      clerk,
    );

    const sheet = await w.t.ok('stock.getCount', { id: countId }, clerk);

    expect(sheet).toMatchObject({
      id: countId,
      store: { id: w.storeA, name: 'Corner Grocery' },
      countedBy: { name: expect.stringMatching(/^Clerk/) },
      countedAt: w.t.clock.now().toISOString(),
      note: null,
    });
    expect(sheet.lines).toEqual([
      { productId: apple, sku: expect.any(String), name: 'Apples', expected: 0, counted: 0, difference: 0 },
      { productId: banana, sku: expect.any(String), name: 'Bananas', expected: 20, counted: 18, difference: -2 },
    ]);
    expectError(await w.t.call('stock.getCount', { id: 999_999 }, clerk), 'NOT_FOUND');
  });

  it('refuses the whole count when one product is unknown, and writes nothing', async () => {
    const product = w.product();
    w.move(w.storeA, product, 'receipt', 5);
    const before = w.fingerprint();
    const error = expectError(
      await w.t.call(
        'stock.applyCount',
        {
          lines: [
            { productId: product, counted: 1 },
            { productId: 999_998, counted: 1 },
          ],
        },
        clerk,
      ),
      'NOT_FOUND',
    );
    expect(error.details).toEqual({ productIds: [999_998] });
    expect(w.fingerprint()).toEqual(before);
  });

  it.each([
    ['no lines', []],
    [
      'a product twice',
      [
        { productId: 1, counted: 1 },
        { productId: 1, counted: 2 },
      ],
    ],
    ['a negative count', [{ productId: 1, counted: -1 }]],
    ['a fractional count', [{ productId: 1, counted: 0.5 }]],
    ['a count as text', [{ productId: 1, counted: '3' }]],
    ['an extra field on a line', [{ productId: 1, counted: 3, expected: 2 }]],
    ['too many lines', Array.from({ length: MAX_COUNT_LINES + 1 }, (_, i) => ({ productId: i + 1, counted: 1 }))],
  ])('refuses %s with VALIDATION and writes nothing', async (_case, lines) => {
    w.product();
    const before = w.fingerprint();
    expectError(await w.t.call('stock.applyCount', { lines }, clerk), 'VALIDATION');
    expect(w.fingerprint()).toEqual(before);
  });

  it('books a count of thousands of lines in one go', async () => {
    const insert = w.sql.prepare(`INSERT INTO products (uid, sku, name, price_cents) VALUES (?, ?, ?, 100)`);
    const ids = w.sql.transaction(() =>
      Array.from({ length: 3_000 }, (_, i) => Number(insert.run(newUid(), `BULK-${i}`, `Bulk ${i}`).lastInsertRowid)),
    )();
    const result = await w.t.ok(
      'stock.applyCount',
      { lines: ids.map((productId, i) => ({ productId, counted: i % 3 })) },
      clerk,
    );
    expect(result).toMatchObject({ lines: 3_000, changed: 2_000 });
    expect(w.ledgerDiscrepancies()).toEqual([]);
  });
});

describe('stock.countSheet', () => {
  let w: StockWorld;
  let clerk: string;
  let dairy: number;
  let cheese: number;

  beforeAll(async () => {
    w = await openStockWorld();
    clerk = await w.login('clerk', w.storeA);
    const category = (name: string, parent: number | null) =>
      Number(
        w.sql.prepare('INSERT INTO categories (uid, name, parent_id) VALUES (?, ?, ?)').run(newUid(), name, parent)
          .lastInsertRowid,
      );
    dairy = category('Dairy', null);
    cheese = category('Cheese', dairy);
    const bakery = category('Bakery', null);
    w.move(w.storeA, w.product({ name: 'Milk', categoryId: dairy }), 'receipt', 6);
    w.product({ name: 'Cheddar', categoryId: cheese });
    w.product({ name: 'Bread', categoryId: bakery });
    w.product({ name: 'Old Cheese', categoryId: cheese, archived: true });
    w.move(w.storeA, w.product({ name: 'Discontinued Butter', categoryId: dairy, archived: true }), 'receipt', 2);
  });
  afterAll(() => w.dispose());

  it('lists the store’s products by name with stock on hand, archived ones only while stock remains', async () => {
    const sheet = await w.t.ok('stock.countSheet', {}, clerk);
    expect(sheet.store).toEqual({ id: w.storeA, name: 'Corner Grocery' });
    expect(sheet.items.map((row) => [row.name, row.onHand, row.categoryName])).toEqual([
      ['Bread', 0, 'Bakery'],
      ['Cheddar', 0, 'Cheese'],
      ['Discontinued Butter', 2, 'Dairy'],
      ['Milk', 6, 'Dairy'],
    ]);
    expect(sheet.nextCursor).toBeNull();
  });

  it('narrows to a category and everything under it, page by page', async () => {
    const first = await w.t.ok('stock.countSheet', { categoryId: dairy, limit: 2 }, clerk);
    expect(first.items.map((row) => row.name)).toEqual(['Cheddar', 'Discontinued Butter']);
    const second = await w.t.ok('stock.countSheet', { categoryId: dairy, limit: 2, cursor: first.nextCursor! }, clerk);
    expect(second.items.map((row) => row.name)).toEqual(['Milk']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a limit above a count’s size and a cursor from another list', async () => {
    expectError(await w.t.call('stock.countSheet', { limit: MAX_COUNT_LINES + 1 }, clerk), 'VALIDATION');
    const movementsCursor = Buffer.from('[5]').toString('base64url');
    expectError(await w.t.call('stock.countSheet', { cursor: movementsCursor }, clerk), 'VALIDATION');
  });
});
