import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../../shared/contract';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

describe('categories', () => {
  let f: CatalogFixture;

  beforeAll(async () => {
    f = await openCatalog();
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  const create = (name: string, parentId?: number): Promise<CategoryNode> =>
    f.t.ok('categories.create', parentId === undefined ? { name } : { name, parentId }, f.manager);

  const indexesOnProducts = async (): Promise<string[]> =>
    (
      (await f.t.backroom.dataSource.query(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'IDX_products_attr_%' ORDER BY name`,
      )) as { name: string }[]
    ).map((row) => row.name);

  it('creates, renames and lists categories with their paths', async () => {
    const drinks = await create('Drinks');
    const juice = await create('Juice', drinks.id);
    expect(juice).toMatchObject({ parentId: drinks.id, path: 'Drinks / Juice', productCount: 0, attributes: [] });
    const renamed = await f.t.ok('categories.rename', { id: juice.id, name: 'Juices' }, f.manager);
    expect(renamed.path).toBe('Drinks / Juices');
    const paths = (await f.t.ok('categories.list', {}, f.clerk)).map((node) => node.path);
    expect(paths).toEqual(expect.arrayContaining(['Drinks', 'Drinks / Juices']));
  });

  it('refuses a sibling name already used in any case, but allows it elsewhere in the tree', async () => {
    const pantry = await create('Pantry');
    await create('Sauces', pantry.id);
    const error = expectError(
      await f.t.call('categories.create', { name: 'SAUCES', parentId: pantry.id }, f.manager),
      'CONFLICT',
    );
    expect(error.details).toEqual({ field: 'name' });
    expect((await create('Sauces')).path).toBe('Sauces');
    expectError(await f.t.call('categories.create', { name: 'Orphan', parentId: 9999 }, f.manager), 'NOT_FOUND');
  });

  it('moves a category with its subtree, and refuses to move it under itself or its descendants', async () => {
    const food = await create('Food');
    const fresh = await create('Fresh', food.id);
    const fruit = await create('Fruit', fresh.id);
    for (const parentId of [food.id, fresh.id, fruit.id]) {
      const error = expectError(await f.t.call('categories.move', { id: food.id, parentId }, f.manager), 'VALIDATION');
      expect(error.details).toEqual({ field: 'parentId' });
    }
    const moved = await f.t.ok('categories.move', { id: fresh.id, parentId: null }, f.manager);
    expect(moved).toMatchObject({ parentId: null, path: 'Fresh' });
    const list = await f.t.ok('categories.list', {}, f.clerk);
    expect(list.find((node) => node.id === fruit.id)?.path).toBe('Fresh / Fruit');
  });

  it('merges a category into another: products, subcategories and same-named subcategories', async () => {
    const snacks = await create('Snacks');
    const chips = await create('Chips', snacks.id);
    const nibbles = await create('Nibbles');
    const nibbleChips = await create('Chips', nibbles.id);
    const nuts = await create('Nuts', nibbles.id);
    const bag = await f.t.ok(
      'products.create',
      productInput({ name: 'Salted peanuts', categoryId: nibbles.id }),
      f.manager,
    );
    const crisps = await f.t.ok(
      'products.create',
      productInput({ name: 'Sea salt crisps', categoryId: nibbleChips.id }),
      f.manager,
    );

    const merged = await f.t.ok('categories.merge', { sourceId: nibbles.id, targetId: snacks.id }, f.manager);
    expect(merged).toMatchObject({ productsMoved: 2, categoriesMerged: 2, target: { id: snacks.id, productCount: 1 } });

    const list = await f.t.ok('categories.list', {}, f.clerk);
    expect(list.some((node) => node.id === nibbles.id || node.id === nibbleChips.id)).toBe(false);
    expect(list.find((node) => node.id === nuts.id)?.path).toBe('Snacks / Nuts');
    expect(await f.t.ok('products.get', { id: bag.id }, f.clerk)).toMatchObject({ categoryId: snacks.id, version: 2 });
    expect(await f.t.ok('products.get', { id: crisps.id }, f.clerk)).toMatchObject({
      categoryId: chips.id,
      categoryPath: 'Snacks / Chips',
    });
    const found = await f.t.ok('products.list', { search: 'peanuts snacks' }, f.clerk);
    expect(found.items.map((row) => row.id)).toEqual([bag.id]);
  });

  it('refuses to merge a category into itself or its own subcategory', async () => {
    const parent = await create('Merge parent');
    const child = await create('Merge child', parent.id);
    expectError(
      await f.t.call('categories.merge', { sourceId: parent.id, targetId: parent.id }, f.manager),
      'VALIDATION',
    );
    expectError(
      await f.t.call('categories.merge', { sourceId: parent.id, targetId: child.id }, f.manager),
      'VALIDATION',
    );
    expectError(await f.t.call('categories.merge', { sourceId: 9999, targetId: parent.id }, f.manager), 'NOT_FOUND');
    expect(
      (await f.t.ok('categories.list', {}, f.clerk)).filter((node) => node.id === parent.id || node.id === child.id),
    ).toHaveLength(2);
  });

  it('checks product attributes against the category schema, inherited definitions included', async () => {
    const clothing = await create('Clothing');
    const shirts = await create('Shirts', clothing.id);
    await f.t.ok(
      'categories.setAttributes',
      { id: clothing.id, attributes: [{ key: 'material', label: 'Material', type: 'text' }] },
      f.manager,
    );
    await f.t.ok(
      'categories.setAttributes',
      {
        id: shirts.id,
        attributes: [
          { key: 'size', label: 'Size', type: 'choice', choices: ['S', 'M', 'L'], required: true },
          { key: 'sleeve_cm', label: 'Sleeve', type: 'number' },
        ],
      },
      f.manager,
    );

    const shirt = await f.t.ok(
      'products.create',
      productInput({ categoryId: shirts.id, attributes: { size: 'M', material: 'cotton', sleeve_cm: 62 } }),
      f.manager,
    );
    expect(shirt.attributes).toEqual({ size: 'M', material: 'cotton', sleeve_cm: 62 });
    expect(shirt.attributeSchema.map((definition) => definition.key)).toEqual(['material', 'size', 'sleeve_cm']);

    for (const [attributes, path] of [
      [{ size: 'XL' }, 'attributes.size'],
      [{ size: 'M', sleeve_cm: 'long' }, 'attributes.sleeve_cm'],
      [{ size: 'M', colour: 'blue' }, 'attributes.colour'],
      [{ material: 'wool' }, 'attributes.size'],
    ] as const) {
      const error = expectError(
        await f.t.call('products.create', productInput({ categoryId: shirts.id, attributes }), f.manager),
        'VALIDATION',
      );
      expect((error.details as { issues: { path: string }[] }).issues[0]?.path).toBe(path);
    }
    expectError(
      await f.t.call('products.create', productInput({ attributes: { size: 'M' } }), f.manager),
      'VALIDATION',
    );
    const moved = await f.t.call('products.update', { id: shirt.id, version: 1, categoryId: clothing.id }, f.manager);
    expectError(moved, 'VALIDATION');
  });

  it('creates an expression index for indexed attributes, and drops it when no category indexes the key', async () => {
    const wine = await create('Wine');
    await f.t.ok(
      'categories.setAttributes',
      {
        id: wine.id,
        attributes: [
          { key: 'grape', label: 'Grape', type: 'text', indexed: true },
          { key: 'vintage', label: 'Vintage', type: 'number' },
        ],
      },
      f.manager,
    );
    expect(await indexesOnProducts()).toEqual(['IDX_products_attr_grape']);
    const [plan] = await f.t.backroom.dataSource.query(
      `EXPLAIN QUERY PLAN SELECT id FROM products WHERE json_extract("attributes", '$.grape') = 'Merlot'`,
    );
    expect(plan.detail).toContain('IDX_products_attr_grape');

    await f.t.ok(
      'categories.setAttributes',
      { id: wine.id, attributes: [{ key: 'grape', label: 'Grape', type: 'text' }] },
      f.manager,
    );
    expect(await indexesOnProducts()).toEqual([]);
  });

  it('refuses attribute schemas with unsafe keys and leaves no index behind', async () => {
    const tea = await create('Tea');
    const before = await indexesOnProducts();
    for (const key of [`x') ; DROP TABLE products; --`, 'Grape', 'a-b', '']) {
      const attributes = [{ key, label: 'Bad', type: 'text', indexed: true }];
      expectError(await f.t.call('categories.setAttributes', { id: tea.id, attributes }, f.manager), 'VALIDATION');
    }
    expect(await indexesOnProducts()).toEqual(before);
    expect(await f.t.count('products')).toBeGreaterThan(0);
  });

  it('takes over the attribute definitions the target lacks when merging', async () => {
    const a = await create('Merge A');
    const b = await create('Merge B');
    await f.t.ok(
      'categories.setAttributes',
      { id: a.id, attributes: [{ key: 'flavour', label: 'Flavour', type: 'text', indexed: true }] },
      f.manager,
    );
    const product = await f.t.ok(
      'products.create',
      productInput({ categoryId: a.id, attributes: { flavour: 'mint' } }),
      f.manager,
    );
    const { target } = await f.t.ok('categories.merge', { sourceId: a.id, targetId: b.id }, f.manager);
    expect(target.attributes.map((definition) => definition.key)).toEqual(['flavour']);
    expect(await indexesOnProducts()).toEqual(['IDX_products_attr_flavour']);
    const edited = await f.t.ok(
      'products.update',
      { id: product.id, version: 2, attributes: { flavour: 'lemon' } },
      f.manager,
    );
    expect(edited.attributes).toEqual({ flavour: 'lemon' });
  });
});
