import { rollupSource } from './rollup-source';
import { tradeQuestions } from './trade-questions';

export { paymentMix, salesByHour, salesByWeekday } from './patterns';

/**
 * The dashboard's answers from the rollup tables (docs/analytics.md): what channels call.
 * raw-answers.ts answers the same questions from the orders themselves, for tests and benchmarks.
 */
export const { tradeSeries, tradeByStore, tradeByCategory, tradeByBrand, topProducts, topBrands } =
  tradeQuestions(rollupSource);
