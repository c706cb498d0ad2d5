import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogChannels } from '../../../shared/contract';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

const channelNames = Object.keys(catalogChannels) as (keyof typeof catalogChannels)[];
const writeChannels = channelNames.filter((name) => catalogChannels[name].writes);
const readChannels = channelNames.filter((name) => !catalogChannels[name].writes);

describe('who may use the catalog channels', () => {
  let f: CatalogFixture;

  beforeAll(async () => {
    f = await openCatalog();
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  it('lets managers write and clerks only read', () => {
    expect(writeChannels).toHaveLength(15);
    for (const name of writeChannels) expect(catalogChannels[name].access, name).toBe('manager');
    for (const name of readChannels) expect(catalogChannels[name].access, name).toBe('clerk');
  });

  it.each(writeChannels)('refuses %s to a clerk, audits the attempt and writes nothing', async (name) => {
    const before = await f.t.count('products');
    const error = expectError(await f.t.call(name, {}, f.clerk), 'FORBIDDEN');
    expect(error.details).toEqual({ required: 'manager' });
    const [entry] = await f.t.backroom.dataSource.query(
      `SELECT result FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1`,
      [name],
    );
    expect(entry.result).toBe('forbidden');
    expect(await f.t.count('products')).toBe(before);
  });

  it.each(channelNames)('refuses %s without a session', async (name) => {
    expectError(await f.t.call(name, {}, null), 'UNAUTHENTICATED');
  });

  it('lets an admin do what a manager may', async () => {
    expect((await f.t.ok('products.create', productInput(), f.admin)).version).toBe(1);
  });

  it.each([
    ['products.get', { id: '1' }],
    ['products.get', { id: -1 }],
    ['products.get', { id: 1, extra: true }],
    ['products.get', {}],
    ['products.list', { limit: 201 }],
    ['products.list', { search: 'x'.repeat(201) }],
    ['products.update', { id: 1, name: 'x' }],
    ['products.update', { id: 1, version: 0, name: 'x' }],
    ['products.archive', { id: 1 }],
    ['categories.create', { name: '' }],
    ['categories.create', { name: 'x'.repeat(81) }],
    ['categories.move', { id: 1 }],
    ['categories.setAttributes', { id: 1, attributes: {} }],
    ['brands.create', { name: 42 }],
    ['brands.create', { name: 'Ok', id: 3 }],
    ['suppliers.update', { id: 1, name: null }],
  ])('refuses %s with input %j', async (name, input) => {
    expectError(await f.t.call(name, input, f.manager), 'VALIDATION');
  });
});
