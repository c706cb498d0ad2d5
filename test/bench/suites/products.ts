import { sqliteOf } from '../../../database/data-source';
import { listProducts, type ProductListQuery } from '../../../electron/services/catalog/list-products';
import { listLowStock } from '../../../electron/services/purchasing/list-low-stock';
import { PRODUCT_SORTS, type ProductSort } from '../../../shared/contract';
import { percentile, percentiles, sample } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';
import { offsetProductPage } from './offset-product-page';

const DEEP_PAGE = 1_000;
const PAGE_SIZE = 50;
/** Typed one letter at a time, as a person searching the catalog would. */
const TYPED_SEARCHES = ['milk', 'cheddar', 'organic', 'chocolate', 'coffee', 'greenfield', 'organic milk', 'pan-0012'];
/** Letters from inside words ("ocola" for Chocolate), typed one at a time too. */
const INSIDE_SEARCHES = ['ocola', 'eddar', 'ganic mil', 'offe', '0012'];
/** Words with a typo, each with the word the person meant, which the first page must show. */
const TYPO_SEARCHES: [typed: string, meant: string][] = [
  ['chocolsate', 'chocolate'],
  ['choclate', 'chocolate'],
  ['cheddr', 'cheddar'],
  ['orgnaic milk', 'organic'],
  ['cofee', 'coffee'],
];

function query(sort: ProductSort, extra: Partial<ProductListQuery> = {}): ProductListQuery {
  return { sort, direction: 'asc', includeArchived: false, limit: PAGE_SIZE, ...extra };
}

function firstPages({ dataSource, storeId }: BenchContext): BenchFigure[] {
  return PRODUCT_SORTS.map((sort) => {
    const samples = sample(() => listProducts(dataSource, storeId, query(sort)), { warmup: 20, iterations: 300 });
    return { name: `first page p95, sort=${sort}`, value: percentile(samples, 95), unit: 'ms' };
  });
}

/**
 * Page 1,000 by keyset (the cursor found once by walking 999 pages) against the same page by
 * OFFSET. Archived products are included so the large catalog (50,000) has a full page 1,000;
 * smaller catalogs use smaller pages so page 1,000 still exists.
 */
function deepPages({ dataSource, storeId }: BenchContext): BenchFigure[] {
  const sql = sqliteOf(dataSource);
  const productCount = sql.prepare('SELECT COUNT(*) FROM "products"').pluck().get() as number;
  const limit = Math.min(PAGE_SIZE, Math.floor(productCount / DEEP_PAGE));
  if (limit === 0)
    throw new Error(`Page ${DEEP_PAGE} needs at least ${DEEP_PAGE} products; there are ${productCount}.`);

  return PRODUCT_SORTS.map((sort) => {
    const pageQuery = query(sort, { includeArchived: true, limit });
    let cursor: string | undefined;
    for (let page = 1; page < DEEP_PAGE; page++) {
      const next = listProducts(dataSource, storeId, { ...pageQuery, cursor }).nextCursor;
      if (next === null) throw new Error(`The ${sort} list ended before page ${DEEP_PAGE}.`);
      cursor = next;
    }
    const keysetPage = () => listProducts(dataSource, storeId, { ...pageQuery, cursor });
    const offsetPage = offsetProductPage(sql, sort);
    const byOffset = () => offsetPage(storeId, (DEEP_PAGE - 1) * limit, limit);

    const keysetIds = keysetPage().items.map((item) => item.id);
    const offsetIds = byOffset().map((row) => row.id);
    if (keysetIds.join() !== offsetIds.join())
      throw new Error(`Keyset and OFFSET disagree on page ${DEEP_PAGE} (${sort}).`);

    const keyset = percentile(sample(keysetPage, { warmup: 20, iterations: 300 }), 95);
    const offset = percentile(sample(byOffset, { warmup: 3, iterations: 40 }), 95);
    return {
      name: `page ${DEEP_PAGE.toLocaleString('en-US')} (${limit}/page) p95, sort=${sort}`,
      value: keyset,
      unit: 'ms',
      baseline: offset,
      ratio: keyset / offset,
    };
  });
}

/** Every keystroke of a typed search is one query for the first page, sorted by name. */
function keystrokes(
  { dataSource, storeId }: BenchContext,
  texts: readonly string[],
  sort: ProductListQuery['sort'],
): number[] {
  const samples: number[] = [];
  for (const text of texts) {
    for (let length = 1; length <= text.length; length++) {
      const search = text.slice(0, length);
      samples.push(
        ...sample(() => listProducts(dataSource, storeId, { ...query('name', { search }), sort }), {
          warmup: 2,
          iterations: 20,
        }),
      );
    }
  }
  return samples;
}

function searchAsYouType(ctx: BenchContext): BenchFigure[] {
  const { p50, p95, p99 } = percentiles(keystrokes(ctx, TYPED_SEARCHES, 'name'));
  const inside = percentiles(keystrokes(ctx, INSIDE_SEARCHES, 'name'));
  const ranked = percentiles(keystrokes(ctx, [...TYPED_SEARCHES, ...INSIDE_SEARCHES], 'relevance'));
  return [
    { name: 'search-as-you-type p50', value: p50, unit: 'ms' },
    { name: 'search-as-you-type p95', value: p95, unit: 'ms' },
    { name: 'search-as-you-type p99', value: p99, unit: 'ms' },
    { name: 'search-as-you-type inside words p95', value: inside.p95, unit: 'ms' },
    { name: 'search-as-you-type by relevance p95', value: ranked.p95, unit: 'ms' },
  ];
}

/**
 * Searches with a typo, by relevance, typed one letter at a time (the keystrokes before the typo
 * still match as typed). The whole words must bring up what was meant on the first page.
 */
function typoSearches(ctx: BenchContext): BenchFigure[] {
  for (const [typed, meant] of TYPO_SEARCHES) {
    const names = listProducts(ctx.dataSource, ctx.storeId, {
      ...query('name', { search: typed }),
      sort: 'relevance',
    }).items.map((item) => item.name.toLowerCase());
    if (!names.some((name) => name.includes(meant)))
      throw new Error(`Searching "${typed}" did not find "${meant}" on the first page.`);
  }
  const { p50, p95 } = percentiles(
    keystrokes(
      ctx,
      TYPO_SEARCHES.map(([typed]) => typed),
      'relevance',
    ),
  );
  return [
    { name: 'search with a typo p50', value: p50, unit: 'ms' },
    { name: 'search with a typo p95', value: p95, unit: 'ms' },
  ];
}

/** The low-stock views: the product list filtered to low stock, and the low-stock list with days of cover. */
function lowStock({ dataSource, storeId }: BenchContext): BenchFigure[] {
  const filtered = PRODUCT_SORTS.map((sort) => {
    const samples = sample(() => listProducts(dataSource, storeId, query(sort, { lowStock: true })), {
      warmup: 10,
      iterations: 200,
    });
    return { name: `low-stock filter first page p95, sort=${sort}`, value: percentile(samples, 95), unit: 'ms' };
  });
  const sql = sqliteOf(dataSource);
  // "Now" is the end of the seeded trade, so the velocity window holds its sales whenever the file was built.
  const now = new Date(sql.prepare('SELECT MAX("placed_at") FROM "orders"').pluck().get() as string);
  const samples = sample(() => listLowStock(sql, storeId, now, { limit: PAGE_SIZE }), {
    warmup: 5,
    iterations: 100,
  });
  return [
    ...filtered,
    { name: 'lowStock.list first page p95 (days of cover)', value: percentile(samples, 95), unit: 'ms' },
  ];
}

export const productsSuite: BenchSuite = {
  name: 'products',
  description: 'Product list pages (keyset vs OFFSET) and search-as-you-type, through listProducts',
  run: (ctx) => [
    ...firstPages(ctx),
    ...deepPages(ctx),
    ...searchAsYouType(ctx),
    ...typoSearches(ctx),
    ...lowStock(ctx),
  ],
};
