import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

describe('brands and suppliers', () => {
  let f: CatalogFixture;

  beforeAll(async () => {
    f = await openCatalog();
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  it('creates, renames and lists brands with their product counts, and search follows a rename', async () => {
    const brand = await f.t.ok('brands.create', { name: 'Northwind' }, f.manager);
    expect(brand).toEqual({ id: brand.id, name: 'Northwind', productCount: 0 });
    await f.t.ok('products.create', productInput({ name: 'Tea', brandId: brand.id }), f.manager);
    const renamed = await f.t.ok('brands.rename', { id: brand.id, name: 'Southwind' }, f.manager);
    expect(renamed).toEqual({ id: brand.id, name: 'Southwind', productCount: 1 });
    expect(await f.t.ok('brands.list', {}, f.clerk)).toContainEqual(renamed);
    expect((await f.t.ok('products.list', { search: 'southw' }, f.clerk)).items).toHaveLength(1);
    expect((await f.t.ok('products.list', { search: 'northw' }, f.clerk)).items).toHaveLength(0);
  });

  it('refuses a brand name already used in any case', async () => {
    await f.t.ok('brands.create', { name: 'Contoso' }, f.manager);
    expect(expectError(await f.t.call('brands.create', { name: 'CONTOSO' }, f.manager), 'CONFLICT').details).toEqual({
      field: 'name',
    });
    const other = await f.t.ok('brands.create', { name: 'Fabrikam' }, f.manager);
    expectError(await f.t.call('brands.rename', { id: other.id, name: 'contoso' }, f.manager), 'CONFLICT');
    expectError(await f.t.call('brands.rename', { id: 9999, name: 'Nobody' }, f.manager), 'NOT_FOUND');
  });

  it('creates a supplier, empty boxes becoming null, and reads it back with what it sells', async () => {
    const supplier = await f.t.ok(
      'suppliers.create',
      {
        name: 'Fresh Farms',
        contactName: 'Jo',
        email: 'orders@freshfarms.example',
        phone: '',
        leadTimeDays: 2,
        notes: '  ',
      },
      f.manager,
    );
    expect(supplier).toEqual({
      id: supplier.id,
      name: 'Fresh Farms',
      contactName: 'Jo',
      email: 'orders@freshfarms.example',
      phone: null,
      leadTimeDays: 2,
      notes: null,
      productCount: 0,
    });
    const product = await f.t.ok(
      'products.create',
      productInput({ name: 'Apples', suppliers: [{ supplierId: supplier.id, supplierSku: 'FF-APL', costCents: 40 }] }),
      f.manager,
    );
    const detail = await f.t.ok('suppliers.get', { id: supplier.id }, f.clerk);
    expect(detail).toMatchObject({
      productCount: 1,
      products: [{ productId: product.id, name: 'Apples', supplierSku: 'FF-APL', costCents: 40 }],
    });
    expect((await f.t.ok('suppliers.list', {}, f.clerk)).map((row) => row.name)).toContain('Fresh Farms');
  });

  it('updates only the supplier fields given, and clears one with null', async () => {
    const supplier = await f.t.ok(
      'suppliers.create',
      { name: 'Bulk Goods', phone: '555-0100', leadTimeDays: 14 },
      f.manager,
    );
    const updated = await f.t.ok('suppliers.update', { id: supplier.id, leadTimeDays: 7, phone: null }, f.manager);
    expect(updated).toMatchObject({ name: 'Bulk Goods', leadTimeDays: 7, phone: null });
    const [entry] = await f.t.backroom.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'suppliers.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(JSON.parse(entry.details)).toEqual({ changed: ['phone', 'leadTimeDays'] });
  });

  it.each([
    ['a bad email', { email: 'not-an-email' }],
    ['a lead time over a year', { leadTimeDays: 366 }],
    ['a negative lead time', { leadTimeDays: -1 }],
    ['a huge name', { name: 'x'.repeat(121) }],
    ['huge notes', { notes: 'x'.repeat(2001) }],
    ['an unknown field', { website: 'example.com' }],
  ])('refuses a supplier with %s', async (_what, change) => {
    expectError(
      await f.t.call('suppliers.create', { name: 'Valid Name', leadTimeDays: 5, ...change }, f.manager),
      'VALIDATION',
    );
  });

  it('refuses a duplicate supplier name and answers NOT_FOUND for unknown ids', async () => {
    await f.t.ok('suppliers.create', { name: 'Unique Supply', leadTimeDays: 1 }, f.manager);
    expectError(await f.t.call('suppliers.create', { name: 'unique supply', leadTimeDays: 1 }, f.manager), 'CONFLICT');
    expectError(await f.t.call('suppliers.get', { id: 4242 }, f.clerk), 'NOT_FOUND');
    expectError(await f.t.call('suppliers.update', { id: 4242, leadTimeDays: 1 }, f.manager), 'NOT_FOUND');
  });
});
