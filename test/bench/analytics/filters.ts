import type Database from 'better-sqlite3';
import { SeededRandom } from '../../../database/seed/random';
import type { StoreFilter, TradeFilter } from '../../../electron/services/analytics/filters';
import { addDays } from '../../../shared/local-day';

/** What a dashboard filter narrows to; questions about whole stores take only the store-level kinds. */
export type FilterKind =
  | 'all time'
  | 'year to date'
  | 'range'
  | 'one store'
  | 'several stores'
  | 'category'
  | 'brand'
  | 'category and brand'
  | '90 days';

export interface BenchFilter {
  kind: FilterKind;
  filter: TradeFilter;
}

/** The days, stores, categories and brands the seeded file holds, which filters are drawn from. */
export interface Dataset {
  firstDay: string;
  lastDay: string;
  storeIds: number[];
  /** Categories with at least one child, so a subtree means more than one category. */
  parentCategoryIds: number[];
  brandIds: number[];
  /** A category and a brand that some product has both of, so the two together narrow to something. */
  categoryBrands: { categoryId: number; brandId: number }[];
  orders: number;
  lines: number;
}

export function readDataset(sql: Database.Database): Dataset {
  const span = sql.prepare('SELECT MIN("placed_at") AS "first", MAX("placed_at") AS "last" FROM "orders"').get() as {
    first: string;
    last: string;
  };
  const ids = (query: string) => sql.prepare(query).pluck().all() as number[];
  return {
    // A store's local day can start a day before or end a day after the UTC one.
    firstDay: addDays(span.first.slice(0, 10), -1),
    lastDay: addDays(span.last.slice(0, 10), 1),
    storeIds: ids('SELECT "id" FROM "stores" ORDER BY "id"'),
    parentCategoryIds: ids(
      'SELECT DISTINCT "parent_id" FROM "categories" WHERE "parent_id" IS NOT NULL ORDER BY "parent_id"',
    ),
    brandIds: ids('SELECT "id" FROM "brands" ORDER BY "id"'),
    categoryBrands: sql
      .prepare(
        `SELECT "category_id" AS "categoryId", "brand_id" AS "brandId" FROM "products"
         WHERE "category_id" IS NOT NULL AND "brand_id" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all() as { categoryId: number; brandId: number }[],
    orders: sql.prepare('SELECT COUNT(*) FROM "orders"').pluck().get() as number,
    lines: sql.prepare('SELECT COUNT(*) FROM "order_lines"').pluck().get() as number,
  };
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The filters a manager might set, drawn with a fixed seed so every run asks the same questions:
 * the whole history of every store, the year to date, ranges with random ends (every store, one
 * store, several stores), a category subtree, a brand, and a category with a brand together
 * over random ranges. Kinds take turns, so a question whose time budget runs out early has still
 * been asked several kinds of filter.
 */
export function drawFilters(dataset: Dataset, seed: string): BenchFilter[] {
  const random = new SeededRandom(seed);
  const span = daysBetween(dataset.firstDay, dataset.lastDay);
  const range = () => {
    const a = random.int(0, span);
    const b = random.int(0, span);
    return { fromDay: addDays(dataset.firstDay, Math.min(a, b)), toDay: addDays(dataset.firstDay, Math.max(a, b)) };
  };
  const someStores = () => {
    const count = Math.min(dataset.storeIds.length, random.int(2, Math.max(2, Math.ceil(dataset.storeIds.length / 2))));
    return random
      .shuffle([...dataset.storeIds])
      .slice(0, count)
      .sort((a, b) => a - b);
  };
  const whole = { fromDay: dataset.firstDay, toDay: dataset.lastDay };
  const filters: BenchFilter[] = [
    { kind: 'all time', filter: whole },
    { kind: 'year to date', filter: { fromDay: `${dataset.lastDay.slice(0, 4)}-01-01`, toDay: dataset.lastDay } },
  ];
  for (let round = 0; round < 2; round++) {
    filters.push(
      { kind: 'one store', filter: { ...range(), storeIds: [random.pick(dataset.storeIds)] } },
      { kind: 'category', filter: { ...range(), categoryId: random.pick(dataset.parentCategoryIds) } },
      { kind: 'range', filter: range() },
      { kind: 'brand', filter: { ...range(), brandId: random.pick(dataset.brandIds) } },
      { kind: 'several stores', filter: { ...range(), storeIds: someStores() } },
      { kind: 'category and brand', filter: { ...range(), ...random.pick(dataset.categoryBrands) } },
    );
  }
  return filters;
}

/** Arbitrary 90-day ranges of every store: the top-10-products question the dashboard opens on. */
export function draw90DayRanges(dataset: Dataset, seed: string, count: number): BenchFilter[] {
  const random = new SeededRandom(seed);
  const last = daysBetween(dataset.firstDay, dataset.lastDay) - 89;
  return Array.from({ length: count }, () => {
    const fromDay = addDays(dataset.firstDay, random.int(0, last));
    return { kind: '90 days' as const, filter: { fromDay, toDay: addDays(fromDay, 89) } };
  });
}

/** The filters a store-level question (hours, weekdays, payments, customers) can take: no category or brand, each once. */
export function storeLevel(filters: readonly BenchFilter[]): BenchFilter[] {
  const seen = new Set<string>();
  return filters.flatMap(({ kind, filter }) => {
    if (filter.categoryId !== undefined || filter.brandId !== undefined) return [];
    const stores: StoreFilter = { fromDay: filter.fromDay, toDay: filter.toDay, storeIds: filter.storeIds };
    const key = JSON.stringify(stores);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind, filter: stores }];
  });
}

export function describeFilter({ kind, filter }: BenchFilter): string {
  const parts = [`${kind}: ${filter.fromDay}..${filter.toDay}`];
  if (filter.storeIds) parts.push(`stores ${filter.storeIds.join(',')}`);
  if (filter.categoryId !== undefined) parts.push(`category ${filter.categoryId}`);
  if (filter.brandId !== undefined) parts.push(`brand ${filter.brandId}`);
  return parts.join(', ');
}
