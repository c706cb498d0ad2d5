import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductListInput, ProductRow } from '../../../shared/contract';
import { expectError, openCatalog, productInput, type CatalogFixture } from './catalog-fixture';

describe('products.list: relevance and attribute filters', () => {
  let f: CatalogFixture;
  const ids: Record<string, number> = {};
  let toolsId: number;

  beforeAll(async () => {
    f = await openCatalog();
    const acme = await f.t.ok('brands.create', { name: 'Acme' }, f.manager);
    const tools = await f.t.ok('categories.create', { name: 'Tools' }, f.manager);
    toolsId = tools.id;
    await f.t.ok(
      'categories.setAttributes',
      {
        id: tools.id,
        attributes: [
          { key: 'colour', label: 'Colour', type: 'choice', choices: ['red', 'blue'], indexed: true },
          { key: 'cordless', label: 'Cordless', type: 'boolean' },
          { key: 'weight_g', label: 'Weight', type: 'number' },
        ],
      },
      f.manager,
    );
    const add = async (key: string, input: Parameters<typeof productInput>[0]) => {
      ids[key] = (await f.t.ok('products.create', productInput({ categoryId: tools.id, ...input }), f.manager)).id;
    };
    // Brand-only matches first, so id order cannot explain a ranking.
    await add('brandOnly', {
      name: 'Claw Hammer',
      brandId: acme.id,
      attributes: { colour: 'red', cordless: false, weight_g: 450 },
    });
    await add('brandOnly2', { name: 'Tape Measure', brandId: acme.id, attributes: { colour: 'blue' } });
    await add('nameMatch', { name: 'Acme', attributes: { colour: 'red', cordless: true, weight_g: 1200 } });
    await add('skuMatch', { sku: 'ACME-DRILL', name: 'Power Drill', attributes: { colour: 'blue', cordless: true } });
    for (let i = 0; i < 25; i++) await add(`filler${i}`, { name: `Acme Widget ${i}`, brandId: acme.id });
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  async function walk(input: ProductListInput): Promise<ProductRow[]> {
    const rows: ProductRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await f.t.ok('products.list', { ...input, cursor }, f.clerk);
      rows.push(...result.items);
      if (!result.nextCursor) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  it('ranks an exact name match above a brand-only match', async () => {
    const rows = await walk({ search: 'acme', sort: 'relevance', limit: 50 });
    const position = (key: string) => rows.findIndex((row) => row.id === ids[key]);
    expect(position('nameMatch')).toBe(0);
    expect(position('nameMatch')).toBeLessThan(position('brandOnly'));
    expect(position('skuMatch')).toBeLessThan(position('brandOnly'));
  });

  it('walks every relevance page once, in the same order as one big page', async () => {
    const whole = await walk({ search: 'acme', sort: 'relevance', limit: 200 });
    const paged = await walk({ search: 'acme', sort: 'relevance', limit: 4 });
    expect(whole).toHaveLength(29);
    expect(paged.map((row) => row.id)).toEqual(whole.map((row) => row.id));
  });

  it('ranks within a category filter too', async () => {
    const rows = await walk({ search: 'acme', sort: 'relevance', categoryId: toolsId, limit: 5 });
    expect(rows).toHaveLength(29);
    expect(rows[0]!.id).toBe(ids.nameMatch);
  });

  it.each(['name', 'sku', 'price', 'onHand', 'updated'] as const)(
    'walks search matches sorted by %s, each once and in order',
    async (sort) => {
      const key = { name: 'name', sku: 'sku', price: 'priceCents', onHand: 'onHand', updated: 'updatedAt' }[sort];
      const rows = await walk({ search: 'acme', sort, direction: 'desc', limit: 4 });
      expect(new Set(rows.map((row) => row.id)).size).toBe(29);
      const keys = rows.map((row) => row[key as keyof ProductRow] as string | number);
      const compare = (a: string | number, b: string | number) =>
        typeof a === 'string' ? b.toString().toLowerCase().localeCompare(a.toLowerCase()) : (b as number) - a;
      expect(keys).toEqual([...keys].sort(compare));
    },
  );

  it('falls back to name order when there are no search words', async () => {
    const byRelevance = await walk({ sort: 'relevance', limit: 7 });
    const byName = await walk({ sort: 'name', limit: 7 });
    expect(byRelevance.map((row) => row.id)).toEqual(byName.map((row) => row.id));
  });

  it('refuses a cursor from another order', async () => {
    const page = await f.t.ok('products.list', { sort: 'price', limit: 2 }, f.clerk);
    const envelope = await f.t.call(
      'products.list',
      { search: 'acme', sort: 'relevance', cursor: page.nextCursor },
      f.clerk,
    );
    expectError(envelope, 'VALIDATION');
    expectError(await f.t.call('products.list', { cursor: 'not-a-cursor' }, f.clerk), 'VALIDATION');
  });

  it('filters by attribute values of every type, combined with search and sort', async () => {
    const idsOf = async (input: ProductListInput) =>
      (await walk({ limit: 3, ...input })).map((row) => row.id).sort((a, b) => a - b);
    expect(await idsOf({ attributes: { colour: 'red' } })).toEqual([ids.brandOnly, ids.nameMatch]);
    expect(await idsOf({ attributes: { cordless: true } })).toEqual([ids.nameMatch, ids.skuMatch]);
    expect(await idsOf({ attributes: { cordless: false } })).toEqual([ids.brandOnly]);
    expect(await idsOf({ attributes: { weight_g: 1200 } })).toEqual([ids.nameMatch]);
    expect(await idsOf({ attributes: { colour: 'blue', cordless: true } })).toEqual([ids.skuMatch]);
    expect(await idsOf({ attributes: { colour: 'red' }, search: 'hammer', sort: 'relevance' })).toEqual([
      ids.brandOnly,
    ]);
    expect(await idsOf({ attributes: { colour: 'red' }, sort: 'price', direction: 'desc' })).toEqual([
      ids.brandOnly,
      ids.nameMatch,
    ]);
    expect(await idsOf({ attributes: { colour: 'green' } })).toEqual([]);
  });

  it('uses the attribute index for an indexed key', async () => {
    const plan = (await f.t.backroom.dataSource.query(
      `EXPLAIN QUERY PLAN SELECT p.id FROM products p WHERE json_extract(p."attributes", '$.colour') = 'red'`,
    )) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('IDX_products_attr_colour');
  });

  it.each([
    ['a key with a quote', { "colour') OR 1=1 --": 'red' }],
    ['a nested value', { colour: { $ne: 'red' } }],
    ['a null value', { colour: null }],
    ['six filters', { a: 1, b: 1, c: 1, d: 1, e: 1, f: 1 }],
  ])('refuses an attribute filter with %s', async (_what, attributes) => {
    expectError(await f.t.call('products.list', { attributes }, f.clerk), 'VALIDATION');
  });

  it('refuses an unknown sort', async () => {
    expectError(await f.t.call('products.list', { sort: 'rank' }, f.clerk), 'VALIDATION');
  });
});

describe('products.list: inside words, typos and the order of kinds of match', () => {
  let f: CatalogFixture;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    f = await openCatalog();
    const add = async (key: string, input: Parameters<typeof productInput>[0]) => {
      ids[key] = (await f.t.ok('products.create', productInput(input), f.manager)).id;
    };
    // Weaker kinds of match are created first, so id order cannot explain the ranking.
    await add('buttermilk', { name: 'Buttermilk' });
    await add('darkChocolate', { name: 'Dark Chocolate Bar', barcode: '5012345678900' });
    await add('hotChocolate', { name: 'Hot Chocolate Drink' });
    await add('milkLoaf', { name: 'Milk Loaf' });
    await add('milkCode', { sku: 'MILK', name: 'Semi Skimmed', barcode: '4006381333931' });
    await add('cola', { name: 'Cola' });
  });

  afterAll(async () => {
    await f.t.dispose();
  });

  const search = async (text: string, sort: ProductListInput['sort'] = 'relevance') =>
    (await f.t.ok('products.list', { search: text, sort, limit: 50 }, f.clerk)).items.map((row) => row.id);

  it('finds letters inside a word, in every order', async () => {
    const both = [ids.darkChocolate, ids.hotChocolate].sort();
    expect((await search('ocola')).sort()).toEqual(both);
    expect(await search('ocola', 'name')).toEqual([ids.darkChocolate, ids.hotChocolate]);
    expect(await search('UTTERMIL')).toEqual([ids.buttermilk]);
    expect(await search('345678')).toEqual([ids.darkChocolate]);
  });

  it('narrows inside matches by the short words as prefixes', async () => {
    expect(await search('ocola ba')).toEqual([ids.darkChocolate]);
    expect(await search('ocola dr', 'name')).toEqual([ids.hotChocolate]);
  });

  it('ranks an exact code first, then words starting as typed, then words holding them', async () => {
    expect(await search('milk')).toEqual([ids.milkCode, ids.milkLoaf, ids.buttermilk]);
    expect((await search('4006381333931'))[0]).toBe(ids.milkCode);
  });

  it.each(['chocolsate', 'choclate', 'chocolat bar', 'CHOCOLAET'])(
    'finds Chocolate despite the typo in "%s"',
    async (typo) => {
      const found = await search(typo);
      expect(found).toContain(ids.darkChocolate);
      expect(found).not.toContain(ids.cola);
      expect(found).not.toContain(ids.buttermilk);
    },
  );

  it('adds no near misses when the words match as typed, and finds nothing for nonsense', async () => {
    expect((await search('chocolate')).sort()).toEqual([ids.darkChocolate, ids.hotChocolate].sort());
    expect(await search('qzxwvk')).toEqual([]);
  });

  it('keeps the inside-word index in step with renamed products and brands', async () => {
    const colaId = ids.cola!;
    const detail = await f.t.ok('products.get', { id: colaId }, f.clerk);
    await f.t.ok('products.update', { id: colaId, version: detail.version, name: 'Lemonade' }, f.manager);
    expect(await search('emona')).toEqual([ids.cola]);
    expect(await search('ola')).not.toContain(ids.cola);

    const brand = await f.t.ok('brands.create', { name: 'Greenfield' }, f.manager);
    const product = await f.t.ok('products.create', productInput({ name: 'Oat Drink', brandId: brand.id }), f.manager);
    expect(await search('eenfie')).toEqual([product.id]);
    await f.t.ok('brands.rename', { id: brand.id, name: 'Meadowvale' }, f.manager);
    expect(await search('eenfie')).toEqual([]);
    expect(await search('dowva')).toEqual([product.id]);
  });
});
