import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductListInput, ProductRow } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

/**
 * 60 products: brands alternate (every third has none), suppliers overlap, reorder points vary
 * (some 0) and stock differs between the caller's store and a second store.
 */
interface Made {
  id: number;
  name: string;
  priceCents: number;
  brandId: number | null;
  suppliers: number[];
  reorderPoint: number;
}

describe('products.list filters', () => {
  let f: CatalogFixture;
  let brandA: number;
  let brandB: number;
  let supplierX: number;
  let supplierY: number;
  let otherStore: number;
  const made: Made[] = [];
  const onHand = new Map<string, number>();
  const storeReorder = new Map<number, number>();

  beforeAll(async () => {
    f = await openCatalog();
    brandA = (await f.t.ok('brands.create', { name: 'Acme' }, f.admin)).id;
    brandB = (await f.t.ok('brands.create', { name: 'Bolt' }, f.admin)).id;
    const supplier = async (name: string) => (await f.t.ok('suppliers.create', { name, leadTimeDays: 3 }, f.admin)).id;
    supplierX = await supplier('Xeno Wholesale');
    supplierY = await supplier('Yarrow Foods');
    for (let i = 0; i < 60; i++) {
      const brandId = i % 3 === 0 ? null : i % 3 === 1 ? brandA : brandB;
      const suppliers = [...(i % 2 === 0 ? [supplierX] : []), ...(i % 5 === 0 ? [supplierY] : [])];
      const name = `${i % 4 === 0 ? 'Widget' : 'Gadget'} ${String(59 - i).padStart(2, '0')}`;
      const priceCents = 100 + (i % 7) * 25;
      const reorderPoint = i % 6 === 0 ? 0 : 4;
      const product = await f.t.ok(
        'products.create',
        productInput({
          name,
          priceCents,
          brandId,
          reorderPoint,
          suppliers: suppliers.map((supplierId) => ({ supplierId, costCents: 50 })),
        }),
        f.admin,
      );
      made.push({ id: product.id, name, priceCents, brandId, suppliers, reorderPoint });
    }
    const sql = sqliteOf(f.t.backroom.dataSource);
    otherStore = Number(
      sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'CG-02', 'Second Street')`).run(newUid())
        .lastInsertRowid,
    );
    const receive = sql.prepare(
      `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', ?, '2026-11-01T00:00:00Z')`,
    );
    for (const [index, product] of made.entries()) {
      const here = index % 8;
      const there = (index * 5) % 9;
      if (here > 0) receive.run(newUid(), f.storeId, product.id, here);
      if (there > 0) receive.run(newUid(), otherStore, product.id, there);
      onHand.set(`${f.storeId}:${product.id}`, here);
      onHand.set(`${otherStore}:${product.id}`, there);
    }
    // The second store's own reorder point overrides the product's for a few products.
    for (const product of made.slice(0, 12)) {
      await f.t.ok(
        'products.setStoreReorder',
        { productId: product.id, storeId: otherStore, reorderPoint: 7, reorderQty: 10 },
        f.admin,
      );
      storeReorder.set(product.id, 7);
    }
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  async function walk(input: ProductListInput, token = f.clerk): Promise<ProductRow[]> {
    const rows: ProductRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await f.t.ok('products.list', { ...input, cursor }, token);
      rows.push(...result.items);
      if (!result.nextCursor) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  const ids = (rows: ProductRow[]) => rows.map((row) => row.id).sort((a, b) => a - b);
  const expected = (keep: (product: Made) => boolean) =>
    made
      .filter(keep)
      .map((product) => product.id)
      .sort((a, b) => a - b);
  const isLow = (product: Made, storeId: number) => {
    const point = (storeId === otherStore ? storeReorder.get(product.id) : undefined) ?? product.reorderPoint;
    return point > 0 && onHand.get(`${storeId}:${product.id}`)! <= point;
  };

  it('filters by brand', async () => {
    const rows = await walk({ brandId: brandA, limit: 7 });
    expect(ids(rows)).toEqual(expected((product) => product.brandId === brandA));
    expect(rows.every((row) => row.brandName === 'Acme')).toBe(true);
  });

  it('filters by supplier', async () => {
    expect(ids(await walk({ supplierId: supplierY, limit: 4 }))).toEqual(
      expected((product) => product.suppliers.includes(supplierY)),
    );
    expect(ids(await walk({ supplierId: supplierX, limit: 4 }))).toEqual(
      expected((product) => product.suppliers.includes(supplierX)),
    );
  });

  it('shows the caller’s store by default and any store when asked', async () => {
    const own = await walk({ limit: 100 });
    expect(own.every((row) => row.onHand === onHand.get(`${f.storeId}:${row.id}`))).toBe(true);
    const other = await walk({ storeId: otherStore, limit: 100 });
    expect(other).toHaveLength(60);
    expect(other.every((row) => row.onHand === onHand.get(`${otherStore}:${row.id}`))).toBe(true);
    expect(await walk({ storeId: f.storeId, limit: 100 })).toEqual(own);
  });

  it('keeps only low stock, by the store’s own reorder point when it has one', async () => {
    const here = await walk({ lowStock: true, limit: 5 });
    expect(ids(here)).toEqual(expected((product) => isLow(product, f.storeId)));
    expect(here.length).toBeGreaterThan(0);
    const there = await walk({ lowStock: true, storeId: otherStore, limit: 5 });
    expect(ids(there)).toEqual(expected((product) => isLow(product, otherStore)));
    expect(ids(there)).not.toEqual(ids(here));
    // Reorder point 0 is never low, even with nothing on hand.
    const never = made.find((product) => product.reorderPoint === 0 && onHand.get(`${f.storeId}:${product.id}`) === 0);
    expect(never).toBeDefined();
    expect(ids(here)).not.toContain(never!.id);
    expect(await walk({ lowStock: false, limit: 100 })).toHaveLength(60);
  });

  it.each([
    ['name', 'asc', (a: ProductRow, b: ProductRow) => a.name.localeCompare(b.name) || a.id - b.id],
    ['name', 'desc', (a: ProductRow, b: ProductRow) => b.name.localeCompare(a.name) || b.id - a.id],
    ['price', 'asc', (a: ProductRow, b: ProductRow) => a.priceCents - b.priceCents || a.id - b.id],
    ['price', 'desc', (a: ProductRow, b: ProductRow) => b.priceCents - a.priceCents || b.id - a.id],
    ['sku', 'asc', (a: ProductRow, b: ProductRow) => a.sku.localeCompare(b.sku) || a.id - b.id],
    ['onHand', 'asc', (a: ProductRow, b: ProductRow) => a.onHand - b.onHand || a.id - b.id],
    ['onHand', 'desc', (a: ProductRow, b: ProductRow) => b.onHand - a.onHand || b.id - a.id],
  ] as const)('walks combined filters sorted by %s %s, each row once in order', async (sort, direction, compare) => {
    const cases: [ProductListInput, (product: Made) => boolean][] = [
      [{ brandId: brandB }, (product) => product.brandId === brandB],
      [{ supplierId: supplierX }, (product) => product.suppliers.includes(supplierX)],
      [{ lowStock: true, storeId: otherStore }, (product) => isLow(product, otherStore)],
      [
        { search: 'gadget', brandId: brandA, supplierId: supplierX },
        (product) =>
          product.name.startsWith('Gadget') && product.brandId === brandA && product.suppliers.includes(supplierX),
      ],
      [
        { search: 'widget', lowStock: true },
        (product) => product.name.startsWith('Widget') && isLow(product, f.storeId),
      ],
    ];
    for (const [filters, keep] of cases) {
      const rows = await walk({ ...filters, sort, direction, limit: 3 });
      expect(new Set(rows.map((row) => row.id)).size, JSON.stringify(filters)).toBe(rows.length);
      expect(ids(rows), JSON.stringify(filters)).toEqual(expected(keep));
      expect(rows, JSON.stringify(filters)).toEqual([...rows].sort(compare));
      if (filters.storeId === otherStore) {
        expect(rows.every((row) => row.onHand === onHand.get(`${otherStore}:${row.id}`))).toBe(true);
      }
    }
  });

  it('applies the filters to the relevance order too', async () => {
    const rows = await walk({ search: 'gadget', sort: 'relevance', brandId: brandB, lowStock: true, limit: 2 });
    expect(ids(rows)).toEqual(
      expected(
        (product) => product.name.startsWith('Gadget') && product.brandId === brandB && isLow(product, f.storeId),
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    const bySupplier = await walk({ search: 'widget', sort: 'relevance', supplierId: supplierY, limit: 2 });
    expect(ids(bySupplier)).toEqual(
      expected((product) => product.name.startsWith('Widget') && product.suppliers.includes(supplierY)),
    );
  });

  it('gives an empty list for a brand, supplier or store that does not exist', async () => {
    for (const filters of [{ brandId: 999_999 }, { supplierId: 999_999 }, { storeId: 999_999 }]) {
      const result = await f.t.ok('products.list', filters, f.clerk);
      expect(result).toEqual({ items: [], nextCursor: null, sort: 'name' });
    }
  });

  it('refuses filters of the wrong type', async () => {
    for (const filters of [
      { brandId: 'acme' },
      { brandId: 0 },
      { supplierId: 1.5 },
      { storeId: -1 },
      { storeId: '1' },
      { lowStock: 'yes' },
      { lowStock: 1 },
      { warehouseId: 1 },
    ]) {
      expectError(await f.t.call('products.list', filters, f.clerk), 'VALIDATION');
    }
  });
});
