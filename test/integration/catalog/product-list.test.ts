import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductListInput, ProductRow } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const NAMES = [
  'Whole Milk 1 L',
  'Skimmed Milk 1 L',
  'Oat Drink',
  'Cheddar Mature',
  'Brie de Meaux',
  'Sourdough Loaf',
  'Rye Bread',
];

describe('products.list', () => {
  let t: TestBackroom;
  let token: string;
  let dairy: number;
  let cheese: number;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    token = admin.token;
    const sql = sqliteOf(t.backroom.dataSource);
    const category = (name: string, parent: number | null) =>
      Number(
        sql.prepare('INSERT INTO categories (uid, name, parent_id) VALUES (?, ?, ?)').run(newUid(), name, parent)
          .lastInsertRowid,
      );
    dairy = category('Dairy', null);
    cheese = category('Cheese', dairy);
    const bakery = category('Bakery', null);
    const brand = sql.prepare(`INSERT INTO brands (uid, name) VALUES (?, 'Greenfield')`).run(newUid()).lastInsertRowid;
    const insert = sql.prepare(
      `INSERT INTO products (uid, sku, barcode, name, category_id, brand_id, price_cents, archived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // 140 products: the seven names in twenty sizes, with prices that repeat so ties must break by id.
    for (let i = 0; i < 140; i++) {
      const name = `${NAMES[i % NAMES.length]} #${String(Math.floor(i / NAMES.length)).padStart(2, '0')}`;
      const categoryId =
        name.includes('Milk') || name.includes('Oat')
          ? dairy
          : name.includes('Ch') || name.includes('Brie')
            ? cheese
            : bakery;
      insert.run(
        newUid(),
        `SKU-${1000 + i}`,
        null,
        name,
        categoryId,
        i % 2 ? brand : null,
        100 + (i % 9) * 50,
        i === 5 ? '2026-01-01T00:00:00Z' : null,
      );
    }
    const store = admin.staff.storeId;
    const receive = sql.prepare(
      `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', ?, '2026-11-01T00:00:00Z')`,
    );
    for (let id = 1; id <= 140; id += 3) receive.run(newUid(), store, id, (id % 17) + 1);
  });

  afterAll(async () => {
    await t.dispose();
  });

  async function walk(input: ProductListInput): Promise<ProductRow[]> {
    const rows: ProductRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await t.ok('products.list', { ...input, cursor }, token);
      rows.push(...result.items);
      if (!result.nextCursor) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  it.each([
    [
      'name',
      'asc',
      (a: ProductRow, b: ProductRow) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id - b.id,
    ],
    [
      'name',
      'desc',
      (a: ProductRow, b: ProductRow) => b.name.toLowerCase().localeCompare(a.name.toLowerCase()) || b.id - a.id,
    ],
    ['price', 'asc', (a: ProductRow, b: ProductRow) => a.priceCents - b.priceCents || a.id - b.id],
    ['price', 'desc', (a: ProductRow, b: ProductRow) => b.priceCents - a.priceCents || b.id - a.id],
    ['onHand', 'desc', (a: ProductRow, b: ProductRow) => b.onHand - a.onHand || b.id - a.id],
  ] as const)('walks every page sorted by %s %s, each row once', async (sort, direction, compare) => {
    const rows = await walk({ sort, direction, limit: 9 });
    expect(rows).toHaveLength(139);
    expect(new Set(rows.map((row) => row.id)).size).toBe(139);
    expect(rows).toEqual([...rows].sort(compare));
  });

  it('hides archived products unless asked', async () => {
    expect((await walk({ limit: 200 })).some((row) => row.archived)).toBe(false);
    expect((await walk({ limit: 200, includeArchived: true })).filter((row) => row.archived)).toHaveLength(1);
  });

  it('reports stock on hand in the caller’s store', async () => {
    const rows = await walk({ limit: 200 });
    const first = rows.find((row) => row.id === 1)!;
    expect(first.onHand).toBe(2);
    expect(rows.find((row) => row.id === 2)!.onHand).toBe(0);
  });

  it('searches by word prefixes over name, SKU and brand, combined with AND', async () => {
    const milk = await walk({ search: 'mil', limit: 50 });
    expect(milk.length).toBeGreaterThan(0);
    expect(milk.every((row) => row.name.includes('Milk'))).toBe(true);
    const skimmed = await walk({ search: 'milk ski', limit: 50 });
    expect(skimmed.every((row) => row.name.startsWith('Skimmed'))).toBe(true);
    expect(skimmed.length).toBeGreaterThan(0);
    const bySku = await walk({ search: 'SKU-1007', limit: 50 });
    expect(bySku.map((row) => row.sku)).toEqual(['SKU-1007']);
    const byBrand = await walk({ search: 'greenf', limit: 200 });
    expect(byBrand.every((row) => row.brandName === 'Greenfield')).toBe(true);
    expect(byBrand.length).toBe(69);
  });

  it('treats search text as words, never as query syntax', async () => {
    for (const search of [`"`, `milk" OR "`, `'; DROP TABLE products; --`, `NEAR(milk)`, `*`, `   `, 'x'.repeat(200)]) {
      const envelope = await t.call('products.list', { search }, token);
      expect(envelope.ok).toBe(true);
    }
    expect(await t.count('products')).toBe(140);
  });

  it('filters by a category and everything under it', async () => {
    const underDairy = await walk({ categoryId: dairy, limit: 200 });
    const underCheese = await walk({ categoryId: cheese, limit: 200 });
    expect(underCheese.every((row) => row.categoryName === 'Cheese')).toBe(true);
    expect(underDairy.length).toBeGreaterThan(underCheese.length);
    expect(underDairy.map((row) => row.id)).toEqual(expect.arrayContaining(underCheese.map((row) => row.id)));
  });

  it('lists categories with their paths', async () => {
    const categories = await t.ok('categories.list', {}, token);
    expect(categories.map((c) => c.path)).toEqual(['Bakery', 'Dairy', 'Dairy / Cheese']);
  });
});
