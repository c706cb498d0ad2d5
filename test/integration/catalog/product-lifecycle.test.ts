import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

describe('archiving, bulk edits, store reorder settings and code lookup', () => {
  let f: CatalogFixture;

  beforeAll(async () => {
    f = await openCatalog();
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  const listedIds = async (input: { search?: string; includeArchived?: boolean }) =>
    (await f.t.ok('products.list', { limit: 200, ...input }, f.clerk)).items.map((row) => row.id);

  it('archives a product out of the list and restores it, never deleting it', async () => {
    const product = await f.t.ok('products.create', productInput({ name: 'Seasonal Eggnog' }), f.manager);
    const archived = await f.t.ok('products.archive', { id: product.id, version: 1 }, f.manager);
    expect(archived).toMatchObject({ archived: true, archivedAt: f.t.clock.now().toISOString(), version: 2 });
    expect(await listedIds({ search: 'eggnog' })).toEqual([]);
    expect(await listedIds({ search: 'eggnog', includeArchived: true })).toEqual([product.id]);

    const restored = await f.t.ok('products.restore', { id: product.id, version: 2 }, f.manager);
    expect(restored).toMatchObject({ archived: false, archivedAt: null, version: 3 });
    expect(await listedIds({ search: 'eggnog' })).toEqual([product.id]);
  });

  it('treats archiving an archived product as done, and refuses a stale version', async () => {
    const product = await f.t.ok('products.create', productInput(), f.manager);
    await f.t.ok('products.archive', { id: product.id, version: 1 }, f.manager);
    expect((await f.t.ok('products.archive', { id: product.id, version: 2 }, f.manager)).version).toBe(2);
    expect(
      expectError(await f.t.call('products.restore', { id: product.id, version: 1 }, f.manager), 'CONFLICT').details,
    ).toEqual({
      currentVersion: 2,
    });
  });

  it('sets one field on many products in one go, with price history for each', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await f.t.ok('products.create', productInput({ priceCents: 100 + i }), f.manager)).id);
    const category = await f.t.ok('categories.create', { name: 'Clearance' }, f.manager);
    const result = await f.t.ok(
      'products.bulkUpdate',
      { ids, set: { priceCents: 99, categoryId: category.id } },
      f.manager,
    );
    expect(result).toEqual({ updated: 3 });
    for (const id of ids) {
      const detail = await f.t.ok('products.get', { id }, f.clerk);
      expect(detail).toMatchObject({ priceCents: 99, categoryId: category.id, version: 2 });
      expect(detail.priceHistory[0]).toMatchObject({ field: 'price', newCents: 99, staffName: 'mona' });
    }
    const [entry] = await f.t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'products.bulkUpdate' ORDER BY id DESC LIMIT 1`,
    );
    expect(JSON.parse(entry.details)).toMatchObject({ count: 3, set: { priceCents: 99, categoryId: category.id } });
  });

  it('changes nothing when one id of a bulk edit is unknown', async () => {
    const a = await f.t.ok('products.create', productInput({ reorderPoint: 1 }), f.manager);
    const b = await f.t.ok('products.create', productInput({ reorderPoint: 1 }), f.manager);
    const error = expectError(
      await f.t.call('products.bulkUpdate', { ids: [a.id, 424242, b.id], set: { reorderPoint: 9 } }, f.manager),
      'NOT_FOUND',
    );
    expect(error.details).toEqual({ productIds: [424242] });
    for (const { id } of [a, b])
      expect(await f.t.ok('products.get', { id }, f.clerk)).toMatchObject({ reorderPoint: 1, version: 1 });
    expectError(
      await f.t.call('products.bulkUpdate', { ids: [a.id], set: { categoryId: 31337 } }, f.manager),
      'NOT_FOUND',
    );
  });

  it.each([
    ['no ids', { ids: [], set: { priceCents: 1 } }],
    ['1,001 ids', { ids: Array.from({ length: 1001 }, (_, i) => i + 1), set: { priceCents: 1 } }],
    ['nothing to set', { ids: [1], set: {} }],
    ['an unknown field to set', { ids: [1], set: { name: 'x' } }],
    ['a negative price', { ids: [1], set: { priceCents: -1 } }],
  ])('refuses a bulk edit with %s', async (_what, input) => {
    expectError(await f.t.call('products.bulkUpdate', input, f.manager), 'VALIDATION');
  });

  it('gives a store its own reorder settings and hands them back to the product with null', async () => {
    const product = await f.t.ok('products.create', productInput({ reorderPoint: 5, reorderQty: 24 }), f.manager);
    const own = await f.t.ok(
      'products.setStoreReorder',
      { productId: product.id, storeId: f.storeId, reorderPoint: 12, reorderQty: 48 },
      f.manager,
    );
    expect(own.stock).toEqual([
      expect.objectContaining({ storeId: f.storeId, reorderPoint: 12, reorderQty: 48, storeOverride: true }),
    ]);
    expect(own.reorderPoint).toBe(5);
    const back = await f.t.ok(
      'products.setStoreReorder',
      { productId: product.id, storeId: f.storeId, reorderPoint: null, reorderQty: null },
      f.manager,
    );
    expect(back.stock[0]).toMatchObject({ reorderPoint: 5, reorderQty: 24, storeOverride: false });
    expectError(
      await f.t.call(
        'products.setStoreReorder',
        { productId: product.id, storeId: 777, reorderPoint: 1, reorderQty: 1 },
        f.admin,
      ),
      'NOT_FOUND',
    );
    expectError(
      await f.t.call(
        'products.setStoreReorder',
        { productId: product.id, storeId: f.storeId, reorderPoint: -1, reorderQty: 1 },
        f.manager,
      ),
      'VALIDATION',
    );
  });

  it('finds a product by barcode, by the EAN-13 form of its UPC-A, and by SKU in any case', async () => {
    const product = await f.t.ok(
      'products.create',
      productInput({ sku: 'Scan-Me-1', barcode: '036000291452', name: 'Scannable' }),
      f.manager,
    );
    expect(await f.t.ok('products.findByCode', { code: '036000291452' }, f.clerk)).toEqual({
      id: product.id,
      name: 'Scannable',
      archived: false,
      matchedBy: 'barcode',
    });
    expect((await f.t.ok('products.findByCode', { code: '0036000291452' }, f.clerk)).id).toBe(product.id);
    expect(await f.t.ok('products.findByCode', { code: ' scan-me-1 ' }, f.clerk)).toMatchObject({
      id: product.id,
      matchedBy: 'sku',
    });
  });

  it('answers NOT_FOUND for an unknown code, and never matches part of one', async () => {
    await f.t.ok('products.create', productInput({ sku: 'PARTIAL-123' }), f.manager);
    for (const code of ['UNKNOWN', 'PARTIAL', 'PARTIAL-12%', `' OR 1=1 --`]) {
      expectError(await f.t.call('products.findByCode', { code }, f.clerk), 'NOT_FOUND');
    }
    expectError(await f.t.call('products.findByCode', { code: '' }, f.clerk), 'VALIDATION');
    expectError(await f.t.call('products.findByCode', { code: 'x'.repeat(65) }, f.clerk), 'VALIDATION');
  });
});
