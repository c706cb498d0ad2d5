import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

describe('products.create and products.update', () => {
  let f: CatalogFixture;
  let supplierId: number;
  let brandId: number;
  let categoryId: number;

  beforeAll(async () => {
    f = await openCatalog();
    supplierId = (await f.t.ok('suppliers.create', { name: 'Dairy Direct', leadTimeDays: 3 }, f.manager)).id;
    brandId = (await f.t.ok('brands.create', { name: 'Greenfield' }, f.manager)).id;
    categoryId = (await f.t.ok('categories.create', { name: 'Dairy' }, f.manager)).id;
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  it('creates a product with its references and returns the full detail', async () => {
    const detail = await f.t.ok(
      'products.create',
      productInput({
        sku: 'MILK-1L',
        barcode: '4006381333931',
        name: 'Whole Milk 1 L',
        description: 'Fresh',
        categoryId,
        brandId,
        allowBackorder: true,
        suppliers: [{ supplierId, supplierSku: 'DD-77', costCents: 80 }],
      }),
      f.manager,
    );
    expect(detail).toMatchObject({
      sku: 'MILK-1L',
      barcode: '4006381333931',
      name: 'Whole Milk 1 L',
      categoryPath: 'Dairy',
      brandName: 'Greenfield',
      allowBackorder: true,
      version: 1,
      archived: false,
      createdAt: '2026-11-25T09:00:00.000Z',
      suppliers: [{ supplierId, name: 'Dairy Direct', supplierSku: 'DD-77', costCents: 80 }],
      stock: [
        {
          storeId: f.storeId,
          storeName: 'Corner Grocery',
          onHand: 0,
          reorderPoint: 5,
          reorderQty: 24,
          storeOverride: false,
        },
      ],
      priceHistory: [],
    });
    expect(await f.t.ok('products.get', { id: detail.id }, f.clerk)).toEqual(detail);
  });

  it('records who wrote the product and audits the write', async () => {
    const { id } = await f.t.ok('products.create', productInput({ name: 'Audited' }), f.manager);
    const sql = f.t.backroom.dataSource;
    const [row] = await sql.query(
      'SELECT p.updated_by, s.username FROM products p JOIN staff_members s ON s.id = p.updated_by WHERE p.id = ?',
      [id],
    );
    expect(row.username).toBe('mona');
    const [entry] = await sql.query(`SELECT * FROM audit_log WHERE action = 'products.create' AND entity_id = ?`, [
      String(id),
    ]);
    expect(entry).toMatchObject({ entity: 'products', result: 'ok' });
    expect(JSON.parse(entry.details)).toMatchObject({ name: 'Audited' });
  });

  it.each([
    ['a negative price', { priceCents: -1 }],
    ['a negative cost', { costCents: -5 }],
    ['a fractional price', { priceCents: 1.5 }],
    ['a price as text', { priceCents: '4.99' }],
    ['a missing name', { name: undefined }],
    ['a blank name', { name: '   ' }],
    ['a huge name', { name: 'x'.repeat(201) }],
    ['a huge description', { description: 'x'.repeat(4001) }],
    ['a huge SKU', { sku: 'S'.repeat(65) }],
    ['a SKU with a control character', { sku: 'AB\u0007C' }],
    ['a barcode with a space', { barcode: '4006381 333931' }],
    ['a tax rate over 100 %', { taxRateBp: 10_001 }],
    ['a negative reorder point', { reorderPoint: -1 }],
    ['backorder as a number', { allowBackorder: 1 }],
    ['attributes as a list', { attributes: [] }],
    ['an unknown field', { colour: 'red' }],
    [
      'the same supplier twice',
      {
        suppliers: [
          { supplierId: 1, costCents: 1 },
          { supplierId: 1, costCents: 2 },
        ],
      },
    ],
  ])('refuses %s', async (_what, change) => {
    const before = await f.t.count('products');
    expectError(await f.t.call('products.create', { ...productInput(), ...change }, f.manager), 'VALIDATION');
    expect(await f.t.count('products')).toBe(before);
  });

  it.each([
    ['EAN-13', '4006381333932', 1],
    ['EAN-8', '96385075', 4],
    ['UPC-A', '036000291453', 2],
  ])('refuses an %s with a wrong check digit and names the right one', async (_kind, barcode, expected) => {
    const error = expectError(await f.t.call('products.create', productInput({ barcode }), f.manager), 'VALIDATION');
    expect(error.message).toContain(`The barcode's check digit is wrong (expected ${expected})`);
  });

  it('accepts valid EAN-8, UPC-A and plain codes, and an empty box as no barcode', async () => {
    for (const barcode of ['96385074', '036000291452', 'INHOUSE-0001']) {
      expect((await f.t.ok('products.create', productInput({ barcode }), f.manager)).barcode).toBe(barcode);
    }
    expect((await f.t.ok('products.create', productInput({ barcode: '' }), f.manager)).barcode).toBeNull();
  });

  it('refuses a SKU already used in another case, naming the field', async () => {
    await f.t.ok('products.create', productInput({ sku: 'CASE-sku-1' }), f.manager);
    const error = expectError(
      await f.t.call('products.create', productInput({ sku: 'case-SKU-1' }), f.manager),
      'CONFLICT',
    );
    expect(error.details).toMatchObject({ field: 'sku' });
    expect(error.message).toContain('SKU');
  });

  it('refuses a barcode already used, including a UPC-A under its EAN-13 form', async () => {
    await f.t.ok('products.create', productInput({ barcode: '012345678905' }), f.manager);
    for (const barcode of ['012345678905', '0012345678905']) {
      const error = expectError(await f.t.call('products.create', productInput({ barcode }), f.manager), 'CONFLICT');
      expect(error.details).toMatchObject({ field: 'barcode' });
    }
  });

  it('refuses references that do not exist, and writes nothing', async () => {
    const before = await f.t.count('products');
    for (const change of [
      { categoryId: 9999 },
      { brandId: 9999 },
      { suppliers: [{ supplierId: 9999, costCents: 1 }] },
    ]) {
      expectError(await f.t.call('products.create', productInput(change), f.manager), 'NOT_FOUND');
    }
    expect(await f.t.count('products')).toBe(before);
  });

  it('stores SQL-looking text as plain text', async () => {
    const name = `Robert'); DROP TABLE products; --`;
    const detail = await f.t.ok(
      'products.create',
      productInput({ name, sku: `X'; --`, description: '" OR 1=1 --' }),
      f.manager,
    );
    expect((await f.t.ok('products.get', { id: detail.id }, f.clerk)).name).toBe(name);
    expect(await f.t.count('products')).toBeGreaterThan(1);
  });

  it('updates only the fields given and raises the version', async () => {
    const created = await f.t.ok(
      'products.create',
      productInput({ name: 'Oat Drink', description: 'Plant based', barcode: '73513537' }),
      f.manager,
    );
    f.t.clock.advanceMinutes(5);
    const savedAt = f.t.clock.now().toISOString();
    const updated = await f.t.ok(
      'products.update',
      { id: created.id, version: 1, name: 'Oat Drink Barista', barcode: null },
      f.manager,
    );
    expect(updated).toMatchObject({
      name: 'Oat Drink Barista',
      description: 'Plant based',
      barcode: null,
      priceCents: created.priceCents,
      version: 2,
      updatedAt: savedAt,
    });
    const cleared = await f.t.ok('products.update', { id: created.id, version: 2, description: null }, f.manager);
    expect(cleared.description).toBeNull();
  });

  it('keeps the first of two saves from the same version and refuses the second with the current version', async () => {
    const created = await f.t.ok('products.create', productInput({ name: 'Contested', priceCents: 100 }), f.manager);
    const first = await f.t.call('products.update', { id: created.id, version: 1, priceCents: 150 }, f.manager);
    const second = await f.t.call('products.update', { id: created.id, version: 1, priceCents: 175 }, f.admin);
    expect(first.ok).toBe(true);
    expect(expectError(second, 'CONFLICT').details).toEqual({ currentVersion: 2 });
    const kept = await f.t.ok('products.get', { id: created.id }, f.clerk);
    expect(kept).toMatchObject({ priceCents: 150, version: 2 });
    expect(kept.priceHistory).toHaveLength(1);
    const [refused] = await f.t.backroom.dataSource.query(
      `SELECT entity, entity_id, result, error_code FROM audit_log
       WHERE action = 'products.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(refused).toEqual({
      entity: 'products',
      entity_id: String(created.id),
      result: 'error',
      error_code: 'CONFLICT',
    });
  });

  it('records price and cost changes with the staff member, newest first', async () => {
    const created = await f.t.ok('products.create', productInput({ priceCents: 200, costCents: 100 }), f.manager);
    f.t.clock.advanceMinutes(1);
    const priceChangedAt = f.t.clock.now().toISOString();
    await f.t.ok('products.update', { id: created.id, version: 1, priceCents: 250 }, f.manager);
    f.t.clock.advanceMinutes(1);
    const costChangedAt = f.t.clock.now().toISOString();
    await f.t.ok('products.update', { id: created.id, version: 2, costCents: 120, name: 'Renamed only' }, f.admin);
    f.t.clock.advanceMinutes(1);
    const detail = await f.t.ok('products.update', { id: created.id, version: 3, name: 'No price change' }, f.manager);
    expect(detail.priceHistory).toEqual([
      { field: 'cost', oldCents: 100, newCents: 120, staffName: 'Ada Admin', changedAt: costChangedAt },
      { field: 'price', oldCents: 200, newCents: 250, staffName: 'mona', changedAt: priceChangedAt },
    ]);
  });

  it('audits what an update changed', async () => {
    const created = await f.t.ok('products.create', productInput({ priceCents: 300, name: 'Before' }), f.manager);
    await f.t.ok(
      'products.update',
      { id: created.id, version: 1, priceCents: 320, name: 'After', reorderPoint: 5 },
      f.manager,
    );
    const [entry] = await f.t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'products.update' AND entity_id = ? ORDER BY id DESC LIMIT 1`,
      [String(created.id)],
    );
    expect(JSON.parse(entry.details).changes).toEqual({
      name: { from: 'Before', to: 'After' },
      priceCents: { from: 300, to: 320 },
    });
  });

  it('replaces the supplier list only when one is given', async () => {
    const other = await f.t.ok('suppliers.create', { name: 'Farm Co-op', leadTimeDays: 10 }, f.manager);
    const created = await f.t.ok(
      'products.create',
      productInput({ suppliers: [{ supplierId, costCents: 90 }] }),
      f.manager,
    );
    const renamed = await f.t.ok('products.update', { id: created.id, version: 1, name: 'Same suppliers' }, f.manager);
    expect(renamed.suppliers.map((s) => s.supplierId)).toEqual([supplierId]);
    const swapped = await f.t.ok(
      'products.update',
      { id: created.id, version: 2, suppliers: [{ supplierId: other.id, supplierSku: 'FC-1', costCents: 85 }] },
      f.manager,
    );
    expect(swapped.suppliers).toEqual([
      { supplierId: other.id, name: 'Farm Co-op', supplierSku: 'FC-1', costCents: 85 },
    ]);
  });

  it('refuses an update to a SKU or barcode another product holds, and keeps its own', async () => {
    const a = await f.t.ok('products.create', productInput({ sku: 'OWN-A', barcode: '5901234123457' }), f.manager);
    const b = await f.t.ok('products.create', productInput({ sku: 'OWN-B' }), f.manager);
    expectError(await f.t.call('products.update', { id: b.id, version: 1, sku: 'own-a' }, f.manager), 'CONFLICT');
    expectError(
      await f.t.call('products.update', { id: b.id, version: 1, barcode: '5901234123457' }, f.manager),
      'CONFLICT',
    );
    const same = await f.t.ok(
      'products.update',
      { id: a.id, version: 1, sku: 'OWN-A', barcode: '5901234123457' },
      f.manager,
    );
    expect(same.version).toBe(2);
  });

  it('answers NOT_FOUND for a product that does not exist', async () => {
    expectError(await f.t.call('products.get', { id: 987654 }, f.clerk), 'NOT_FOUND');
    expectError(await f.t.call('products.update', { id: 987654, version: 1, name: 'x' }, f.manager), 'NOT_FOUND');
  });
});
