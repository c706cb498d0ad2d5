import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { preparedCount } from '../../../database/prepared';
import { expectError, openCatalog, productInput, type CatalogFixture } from '../catalog/catalog-fixture';

/**
 * Attribute keys of a product-list filter become SQL text, so only keys some category declares
 * get that far: anything else is VALIDATION before a statement is built.
 */
describe('products.list: attribute filters take declared keys only', () => {
  let f: CatalogFixture;
  let red: number;

  beforeAll(async () => {
    f = await openCatalog();
    const paint = await f.t.ok('categories.create', { name: 'Paint' }, f.manager);
    await f.t.ok(
      'categories.setAttributes',
      {
        id: paint.id,
        attributes: [
          { key: 'colour', label: 'Colour', type: 'choice', choices: ['red', 'blue'] },
          { key: 'litres', label: 'Litres', type: 'number' },
        ],
      },
      f.manager,
    );
    red = (
      await f.t.ok(
        'products.create',
        productInput({ categoryId: paint.id, attributes: { colour: 'red', litres: 5 } }),
        f.manager,
      )
    ).id;
  }, 60_000);
  afterAll(() => f.t.dispose());

  it('filters by declared keys', async () => {
    const list = await f.t.ok('products.list', { attributes: { colour: 'red', litres: 5 } }, f.clerk);
    expect(list.items.map((row) => row.id)).toEqual([red]);
  });

  it.each([
    ['a quote and a comment', "colour') OR 1=1 --"],
    ['a JSON path', 'colour.x'],
    ['a bracket', 'colour[0]'],
    ['a semicolon', 'a;DROP TABLE products'],
    ['capitals', 'Colour'],
    ['a key too long', `k${'x'.repeat(40)}`],
  ])('refuses a key with %s', async (_what, key) => {
    const error = expectError(await f.t.call('products.list', { attributes: { [key]: 'red' } }, f.clerk), 'VALIDATION');
    expect(JSON.stringify(error.details)).toContain('attributes');
  });

  it('refuses a well-formed key that no category declares, naming it', async () => {
    const error = expectError(
      await f.t.call('products.list', { attributes: { colour: 'red', shade: 'dark' } }, f.clerk),
      'VALIDATION',
    );
    expect(error.details).toEqual({
      issues: [{ path: 'attributes.shade', message: 'No category has this attribute' }],
    });
  });

  it('builds no statement for unknown keys, however many are tried', async () => {
    const sql = sqliteOf(f.t.backroom.dataSource);
    await f.t.call('products.list', { attributes: { made_up_0: 1 } }, f.clerk);
    const statements = preparedCount(sql);
    for (let i = 1; i <= 300; i++) {
      expectError(await f.t.call('products.list', { attributes: { [`made_up_${i}`]: i } }, f.clerk), 'VALIDATION');
    }
    expect(preparedCount(sql)).toBe(statements);
  });

  it('accepts a key once a category declares it', async () => {
    const other = await f.t.ok('categories.create', { name: 'Brushes' }, f.manager);
    await f.t.ok(
      'categories.setAttributes',
      { id: other.id, attributes: [{ key: 'bristle', label: 'Bristle', type: 'text' }] },
      f.manager,
    );
    expect((await f.t.ok('products.list', { attributes: { bristle: 'soft' } }, f.clerk)).items).toEqual([]);
  });
});
