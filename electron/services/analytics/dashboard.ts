import type Database from 'better-sqlite3';
import type { AnalyticsFilter, AnalyticsGrain, Dashboard } from '../../../shared/contract';
import { addDays, daysSpanned } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import {
  paymentMix,
  salesByHour,
  salesByWeekday,
  topBrands,
  topCustomers,
  topProducts,
  tradeByBrand,
  tradeByCategory,
  tradeByStore,
  tradeSeries,
  tradeTotals,
} from './rollup-answers';
import { lowStockCount, stockByCategory } from './stock-now';

export interface DashboardQuestion {
  filter: AnalyticsFilter;
  grain: AnalyticsGrain;
  limit: number;
}

/**
 * Every figure of the manager dashboard for one filter, composed from the rollup answers
 * (docs/analytics.md), with the names the charts show. Hours, weekdays, payments and customers
 * follow the stores and days only: an order is not split by category or brand.
 *
 * Every figure comes from one read snapshot, so a sale committed meanwhile cannot land in the
 * series and miss the totals. The transaction only reads (a reader thread's connection cannot
 * write at all) and never takes the write lock.
 */
export function loadDashboard(sql: Database.Database, question: DashboardQuestion): Dashboard {
  return sql.inTransaction ? readDashboard(sql, question) : sql.transaction(readDashboard).deferred(sql, question);
}

function readDashboard(sql: Database.Database, { filter, grain, limit }: DashboardQuestion): Dashboard {
  const storeFilter = { fromDay: filter.fromDay, toDay: filter.toDay, storeIds: filter.storeIds };
  const previous = previousPeriod(filter.fromDay, filter.toDay);
  const ranking = { by: 'revenue', limit } as const;
  return {
    filter,
    grain,
    previous,
    totals: tradeTotals(sql, filter),
    previousTotals: tradeTotals(sql, { ...filter, ...previous }),
    series: tradeSeries(sql, filter, grain),
    byStore: named(sql, 'stores', tradeByStore(sql, filter), (row) => row.storeId, ''),
    byCategory: named(sql, 'categories', tradeByCategory(sql, filter), (row) => row.categoryId, 'No category'),
    byBrand: named(sql, 'brands', tradeByBrand(sql, filter), (row) => row.brandId, 'No brand'),
    topProducts: topProducts(sql, filter, ranking),
    topBrands: topBrands(sql, filter, ranking),
    topCustomers: topCustomers(sql, storeFilter, limit),
    paymentMix: paymentMix(sql, storeFilter),
    byHour: salesByHour(sql, storeFilter),
    byWeekday: salesByWeekday(sql, storeFilter),
    stockByCategory: named(sql, 'categories', stockByCategory(sql, filter), (row) => row.categoryId, 'No category'),
    lowStockCount: lowStockCount(sql, filter),
  };
}

/** The days just before `fromDay`, as many as from `fromDay` to `toDay`. */
export function previousPeriod(fromDay: string, toDay: string): { fromDay: string; toDay: string } {
  const days = daysSpanned(fromDay, toDay);
  return { fromDay: addDays(fromDay, -days), toDay: addDays(fromDay, -1) };
}

/**
 * Rows with the name of what each is about, read from `table` by id; `none` names the rows
 * without one (no category, no brand).
 */
function named<Row>(
  sql: Database.Database,
  table: 'stores' | 'categories' | 'brands',
  rows: readonly Row[],
  idOf: (row: Row) => number | null,
  none: string,
): (Row & { name: string })[] {
  const nameOf = prepared(sql, `SELECT "name" FROM "${table}" WHERE "id" = ?`).pluck();
  return rows.map((row) => {
    const id = idOf(row);
    return { ...row, name: id === null ? none : (nameOf.get(id) as string) };
  });
}
