import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { NET_REVENUE_EXACT, NET_UNITS } from '../../../database/migrations/0013-store-product-rank-indexes';
import { addDays } from '../../../shared/local-day';
import type { MonthSplit } from './filters';
import { periodsOf } from './periods';
import type { BestFirstList, RankedRow } from './threshold';
import type { Ranking } from './trade-questions';

/**
 * From this share of the chain's stores on, top products of some stores are met in every store's
 * periods rather than in each chosen store's months. Every store's sales bound the chosen
 * stores' net only as tightly as the stores' share of them, so for one or two stores of ten the
 * chain's lists are read hundreds of products deep; but the stores' lists number stores ×
 * months, each a seek of its own, and for five stores or more over a year those seeks cost more
 * than reading the chain's twenty-odd periods deeper. On the large file (10 stores) the two
 * broke even at about four stores.
 */
export const CHAIN_SHARE = 0.5;

/** What the chosen stores' products rank by in their whole months: sales less returns, as migration 0013 indexes them. */
const STORE_NET = { revenue: NET_REVENUE_EXACT, units: NET_UNITS } as const;
// Sales and units sold are never negative, so over a whole month, or over every store, they bound the net of any part.
const GROSS = { revenue: 'net_exact', units: 'units' } as const;
const CHAIN_INDEX = { revenue: 'IDX_sales_product_ranks_sales', units: 'IDX_sales_product_ranks_sold' } as const;
// Spelled as a bound on the measure, not a row value, so the expression index seeks to the page.
const AFTER = (measure: string) => `AND ${measure} <= @value AND (${measure} < @value OR r."product_id" < @key)`;

export interface ProductListsOf {
  stores: readonly number[];
  storeCount: number;
  fromDay: string;
  toDay: string;
  split: MonthSplit;
  by: Ranking['by'];
}

/**
 * Lists that meet, best first, every product with trade in the chosen stores over the range, each
 * value bounding the product's net there from above (threshold.ts, `complete`):
 * - few stores: each store's months the range touches (migration 0013's indexes), by net for the
 *   whole months and by sales (or units sold) for those it covers in part;
 * - many stores (CHAIN_SHARE): every store's periods of the range (sales_product_ranks by sales or
 *   units sold, migration 0023), whose sums over all stores bound any stores' net.
 */
export function productLists(sql: Database.Database, of: ProductListsOf): BestFirstList[] {
  return of.stores.length >= of.storeCount * CHAIN_SHARE ? chainLists(sql, of) : storeLists(sql, of);
}

function storeLists(sql: Database.Database, { stores, fromDay, toDay, split, by }: ProductListsOf): BestFirstList[] {
  const page = (measure: string, after: boolean) =>
    prepared(
      sql,
      `SELECT r."product_id" AS "key", ${measure} AS "value" FROM "sales_product_months" r
       WHERE r."store_id" = @store AND r."month" = @month ${after ? AFTER(measure) : ''}
       ORDER BY ${measure} DESC, r."product_id" DESC LIMIT @size`,
    );
  const lists: BestFirstList[] = [];
  for (let month = fromDay.slice(0, 7); month <= toDay.slice(0, 7); month = addDays(`${month}-28`, 5).slice(0, 7)) {
    const measure = month >= split.firstMonth && month <= split.lastMonth ? STORE_NET[by] : `"${GROSS[by]}"`;
    const first = page(measure, false);
    const next = page(measure, true);
    for (const store of stores) {
      lists.push((after, size) => (after === null ? first : next).all({ store, month, ...after, size }) as RankedRow[]);
    }
  }
  return lists;
}

function chainLists(sql: Database.Database, { fromDay, toDay, by }: ProductListsOf): BestFirstList[] {
  const value = GROSS[by];
  const page = (after: boolean) =>
    prepared(
      sql,
      `SELECT r."product_id" AS "key", r."${value}" AS "value" FROM "sales_product_ranks" r INDEXED BY "${CHAIN_INDEX[by]}"
       WHERE r."period" = @period ${after ? `AND (r."${value}", r."product_id") < (@value, @key)` : ''}
       ORDER BY r."${value}" DESC, r."product_id" DESC LIMIT @size`,
    );
  const first = page(false);
  const next = page(true);
  return periodsOf(fromDay, toDay).map(
    (period): BestFirstList =>
      (after, size) =>
        (after === null ? first : next).all({ period, ...after, size }) as RankedRow[],
  );
}
