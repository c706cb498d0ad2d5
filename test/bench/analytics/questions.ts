import type Database from 'better-sqlite3';
import { GRAINS, type StoreFilter, type TradeFilter } from '../../../electron/services/analytics/filters';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import type { DuckdbAnswers } from './duckdb-answers';

/** How many rows a ranking keeps, as the dashboard shows them. */
export const TOP = 10;

/**
 * Which filters a question takes: `trade` every filter (dates, stores, category, brand), `stores`
 * only dates and stores (hours, weekdays, payments, customers: an order is not split by category
 * or brand), `90 days` arbitrary 90-day ranges of every store.
 */
export type FilterSet = 'trade' | 'stores' | '90 days';

/** One dashboard question, asked three ways: of the rollups, of the raw tables, of DuckDB. */
export interface Question {
  name: string;
  filters: FilterSet;
  rollup(sql: Database.Database, filter: TradeFilter): unknown;
  raw(sql: Database.Database, filter: TradeFilter): unknown;
  duckdb(answers: DuckdbAnswers, filter: TradeFilter): Promise<unknown>;
}

const stores = (filter: TradeFilter): StoreFilter => ({
  fromDay: filter.fromDay,
  toDay: filter.toDay,
  storeIds: filter.storeIds,
});
const byRevenue = { by: 'revenue', limit: TOP } as const;

export const QUESTIONS: readonly Question[] = [
  {
    name: 'tradeTotals (KPI tiles)',
    filters: 'trade',
    rollup: rollup.tradeTotals,
    raw: raw.tradeTotals,
    duckdb: (answers, filter) => answers.tradeTotals(filter),
  },
  ...GRAINS.map((grain): Question => ({
    name: `tradeSeries by ${grain}`,
    filters: 'trade',
    rollup: (sql, filter) => rollup.tradeSeries(sql, filter, grain),
    raw: (sql, filter) => raw.tradeSeries(sql, filter, grain),
    duckdb: (answers, filter) => answers.tradeSeries(filter, grain),
  })),
  {
    name: 'tradeByStore',
    filters: 'trade',
    rollup: rollup.tradeByStore,
    raw: raw.tradeByStore,
    duckdb: (answers, filter) => answers.tradeByStore(filter),
  },
  {
    name: 'tradeByCategory',
    filters: 'trade',
    rollup: rollup.tradeByCategory,
    raw: raw.tradeByCategory,
    duckdb: (answers, filter) => answers.tradeByCategory(filter),
  },
  {
    name: 'tradeByBrand',
    filters: 'trade',
    rollup: rollup.tradeByBrand,
    raw: raw.tradeByBrand,
    duckdb: (answers, filter) => answers.tradeByBrand(filter),
  },
  {
    name: `topProducts ${TOP} by revenue`,
    filters: 'trade',
    rollup: (sql, filter) => rollup.topProducts(sql, filter, byRevenue),
    raw: (sql, filter) => raw.topProducts(sql, filter, byRevenue),
    duckdb: (answers, filter) => answers.topProducts(filter, TOP),
  },
  {
    name: `topProducts ${TOP} by revenue, arbitrary 90-day range`,
    filters: '90 days',
    rollup: (sql, filter) => rollup.topProducts(sql, filter, byRevenue),
    raw: (sql, filter) => raw.topProducts(sql, filter, byRevenue),
    duckdb: (answers, filter) => answers.topProducts(filter, TOP),
  },
  {
    name: `topBrands ${TOP} by revenue`,
    filters: 'trade',
    rollup: (sql, filter) => rollup.topBrands(sql, filter, byRevenue),
    raw: (sql, filter) => raw.topBrands(sql, filter, byRevenue),
    duckdb: (answers, filter) => answers.topBrands(filter, TOP),
  },
  {
    name: `topCustomers ${TOP}`,
    filters: 'stores',
    rollup: (sql, filter) => rollup.topCustomers(sql, stores(filter), TOP),
    raw: (sql, filter) => raw.topCustomers(sql, stores(filter), TOP),
    duckdb: (answers, filter) => answers.topCustomers(stores(filter), TOP),
  },
  {
    name: 'paymentMix',
    filters: 'stores',
    rollup: (sql, filter) => rollup.paymentMix(sql, stores(filter)),
    raw: (sql, filter) => raw.paymentMix(sql, stores(filter)),
    duckdb: (answers, filter) => answers.paymentMix(stores(filter)),
  },
  {
    name: 'salesByHour',
    filters: 'stores',
    rollup: (sql, filter) => rollup.salesByHour(sql, stores(filter)),
    raw: (sql, filter) => raw.salesByHour(sql, stores(filter)),
    duckdb: (answers, filter) => answers.salesByHour(stores(filter)),
  },
  {
    name: 'salesByWeekday',
    filters: 'stores',
    rollup: (sql, filter) => rollup.salesByWeekday(sql, stores(filter)),
    raw: (sql, filter) => raw.salesByWeekday(sql, stores(filter)),
    duckdb: (answers, filter) => answers.salesByWeekday(stores(filter)),
  },
];
