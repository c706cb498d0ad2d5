import type Database from 'better-sqlite3';
import type { TradeFilter } from './filters';
import { topProductsOfEveryStore, topProductsOfStores } from './rollup-ranks';
import { rollupSource } from './rollup-source';
import { tradeQuestions, type Ranking } from './trade-questions';

export { topCustomers } from './customer-days';
export { paymentMix, salesByHour, salesByWeekday } from './patterns';

/**
 * The dashboard's answers from the rollup tables (docs/analytics.md): what channels call.
 * raw-answers.ts answers the same questions from the orders themselves, for tests and benchmarks.
 */
const questions = tradeQuestions(rollupSource);
export const { tradeTotals, tradeSeries, tradeByStore, tradeByCategory, tradeByBrand, topBrands } = questions;

/**
 * The best products by net revenue or net units, ties by id: over every store from the product
 * ranks; for some stores, lists read best first (product-lists.ts: each store's months, or from
 * half the stores on, the chain's periods), a week or less summed from its days; narrowed to a
 * category or brand, from the stores' rows of their products.
 */
export function topProducts(sql: Database.Database, filter: TradeFilter, ranking: Ranking) {
  return (
    topProductsOfEveryStore(sql, filter, ranking) ??
    topProductsOfStores(sql, filter, ranking) ??
    questions.topProducts(sql, filter, ranking)
  );
}
