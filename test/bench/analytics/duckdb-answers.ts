import type { DuckDBConnection } from '@duckdb/node-api';
import type { Grain, StoreFilter, TradeFilter } from '../../../electron/services/analytics/filters';
import { totalFigures, tradeFigures, type MeasureRow } from '../../../electron/services/analytics/measures';
import { fillHours, fillMethods, fillWeekdays, type PaymentMix } from '../../../electron/services/analytics/patterns';
import type { PaymentMethod } from '../../../shared/contract/orders';
import {
  DUCKDB_MACROS,
  paymentMixSql,
  salesAtSql,
  topBrandsSql,
  topCustomersSql,
  topProductsSql,
  tradeByProductColumnSql,
  tradeByStoreSql,
  tradeSeriesSql,
  tradeTotalsSql,
} from './duckdb-sql';

type Row = Record<string, unknown>;

/** DuckDB answers sums as BIGINT or HUGEINT; every figure here is a whole number of cents or units well within 2^53. */
function plain(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
  );
}

/**
 * The questions of rollup-answers.ts asked of DuckDB, each answer in the same shape (figures
 * through measures.ts tradeFigures, empty hours, weekdays and methods filled as patterns.ts
 * fills them), so answers compare as they are.
 */
export async function duckdbAnswers(connection: DuckDBConnection, allStores: readonly number[]) {
  await connection.run(DUCKDB_MACROS);
  const rows = async (sqlText: string) => (await connection.runAndReadAll(sqlText)).getRowObjectsJS().map(plain);
  const figures = (row: Row) => tradeFigures(row as unknown as MeasureRow);

  return {
    async tradeTotals(filter: TradeFilter) {
      const { text, wholeStores } = tradeTotalsSql(filter, allStores);
      const [row] = await rows(text);
      return totalFigures(row as Partial<Record<keyof MeasureRow, number | null>> | undefined, wholeStores);
    },
    async tradeSeries(filter: TradeFilter, grain: Grain) {
      return (await rows(tradeSeriesSql(filter, grain, allStores))).map((row) => ({
        bucket: row.bucket as string,
        ...figures(row),
      }));
    },
    async tradeByStore(filter: TradeFilter) {
      return (await rows(tradeByStoreSql(filter, allStores))).map((row) => ({
        storeId: row.storeId as number,
        ...figures(row),
      }));
    },
    async tradeByCategory(filter: TradeFilter) {
      return (await rows(tradeByProductColumnSql(filter, 'category_id', allStores))).map((row) => ({
        categoryId: row.key as number | null,
        ...figures(row),
      }));
    },
    async tradeByBrand(filter: TradeFilter) {
      return (await rows(tradeByProductColumnSql(filter, 'brand_id', allStores))).map((row) => ({
        brandId: row.key as number | null,
        ...figures(row),
      }));
    },
    async topProducts(filter: TradeFilter, limit: number) {
      return (await rows(topProductsSql(filter, limit, allStores))).map((row) => ({
        productId: row.productId as number,
        sku: row.sku as string,
        name: row.name as string,
        ...figures(row),
      }));
    },
    async topBrands(filter: TradeFilter, limit: number) {
      return (await rows(topBrandsSql(filter, limit, allStores))).map((row) => ({
        brandId: row.brandId as number,
        name: row.name as string,
        ...figures(row),
      }));
    },
    async topCustomers(filter: StoreFilter, limit: number) {
      return (await rows(topCustomersSql(filter, limit, allStores))).map((row) => ({
        customerId: row.customerId as number,
        name: row.name as string,
        orders: row.orders as number,
        spendCents: row.spendCents as number,
      }));
    },
    async paymentMix(filter: StoreFilter) {
      return fillMethods(
        (await rows(paymentMixSql(filter, allStores))).map((row) => ({
          method: row.method as PaymentMethod,
          payments: row.payments as number,
          paidCents: row.paidCents as number,
          refunds: row.refunds as number,
          refundedCents: row.refundedCents as number,
        })),
      ) satisfies PaymentMix[];
    },
    async salesByHour(filter: StoreFilter) {
      const sales = await rows(salesAtSql(filter, 'hour', allStores));
      return fillHours(sales.map(({ key, ...row }) => ({ hour: key as number, ...atTime(row) })));
    },
    async salesByWeekday(filter: StoreFilter) {
      const sales = await rows(salesAtSql(filter, 'weekday', allStores));
      return fillWeekdays(sales.map(({ key, ...row }) => ({ weekday: key as number, ...atTime(row) })));
    },
  };
}

const atTime = (row: Row) => ({
  orders: row.orders as number,
  units: row.units as number,
  salesCents: row.salesCents as number,
});

export type DuckdbAnswers = Awaited<ReturnType<typeof duckdbAnswers>>;
