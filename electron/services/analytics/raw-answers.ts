import type Database from 'better-sqlite3';
import { localDate, localDaysRange } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import { exactLineNet, isSale } from '../sales/sale-sql';
import { requireZonedStore } from '../stores/store-zone';
import { rankCustomers, sumByCustomer, type CustomerSums, type TopCustomer } from './customers';
import { storesOf, type StoreFilter } from './filters';
import { roundExactCents } from './measures';
import { fillHours, fillMethods, fillWeekdays, type PaymentMix, type SalesAtTime } from './patterns';
import { rawSource } from './raw-source';
import { tradeQuestions } from './trade-questions';

/**
 * The dashboard's questions answered from the orders, lines, returns and payments themselves,
 * by the sale definition, with store-local days read through Intl: the reference the rollup
 * answers (rollup-answers.ts) must equal, in tests and in benchmarks. Plain and slow: never
 * what a screen reads.
 */
export const { tradeTotals, tradeSeries, tradeByStore, tradeByCategory, tradeByBrand, topProducts, topBrands } =
  tradeQuestions(rawSource);

interface SaleAt {
  placedAt: string;
  units: number;
  net: number;
}

/** Each sale placed in the range in each store, with its zone, its units and exact net revenue. */
function salesOf(sql: Database.Database, filter: StoreFilter): { zone: string; sales: SaleAt[] }[] {
  return storesOf(sql, filter).map((storeId) => {
    const zone = requireZonedStore(sql, storeId).timeZone;
    const { from, to } = localDaysRange(zone, filter.fromDay, filter.toDay);
    const sales = prepared(
      sql,
      `SELECT o."placed_at" AS "placedAt",
              IFNULL((SELECT SUM(l."quantity") FROM "order_lines" l WHERE l."order_id" = o."id"), 0) AS "units",
              IFNULL((SELECT SUM(${exactLineNet('l')}) FROM "order_lines" l WHERE l."order_id" = o."id"), 0) AS "net"
       FROM "orders" o INDEXED BY "IDX_orders_store_placed"
       WHERE o."store_id" = ? AND o."placed_at" >= ? AND o."placed_at" < ? AND ${isSale('o')}`,
    ).all(storeId, from, to) as SaleAt[];
    return { zone, sales };
  });
}

function tally<K>(filter: StoreFilter, sql: Database.Database, keyOf: (zone: string, placedAt: string) => K) {
  const sums = new Map<K, { orders: number; units: number; net: number }>();
  for (const { zone, sales } of salesOf(sql, filter)) {
    for (const sale of sales) {
      const key = keyOf(zone, sale.placedAt);
      const sum = sums.get(key) ?? { orders: 0, units: 0, net: 0 };
      sums.set(key, { orders: sum.orders + 1, units: sum.units + sale.units, net: sum.net + sale.net });
    }
  }
  return [...sums].map(([key, sum]) => ({
    key,
    orders: sum.orders,
    units: sum.units,
    salesCents: roundExactCents(sum.net),
  }));
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();
function localHour(zone: string, at: string): number {
  let format = hourFormats.get(zone);
  if (!format)
    hourFormats.set(
      zone,
      (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' })),
    );
  return Number(format.format(new Date(at)));
}

export function salesByHour(sql: Database.Database, filter: StoreFilter): ({ hour: number } & SalesAtTime)[] {
  return fillHours(tally(filter, sql, localHour).map(({ key, ...row }) => ({ hour: key, ...row })));
}

export function salesByWeekday(sql: Database.Database, filter: StoreFilter): ({ weekday: number } & SalesAtTime)[] {
  const weekday = (zone: string, at: string) =>
    ((new Date(`${localDate(zone, at)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return fillWeekdays(tally(filter, sql, weekday).map(({ key, ...row }) => ({ weekday: key, ...row })));
}

export function paymentMix(sql: Database.Database, filter: StoreFilter): PaymentMix[] {
  const sums = new Map<string, Omit<PaymentMix, 'netCents'>>();
  for (const storeId of storesOf(sql, filter)) {
    const { from, to } = localDaysRange(requireZonedStore(sql, storeId).timeZone, filter.fromDay, filter.toDay);
    const rows = prepared(
      sql,
      `SELECT p."method", SUM(p."kind" = 'payment') AS "payments", SUM(IIF(p."kind" = 'payment', p."amount_cents", 0)) AS "paidCents",
              SUM(p."kind" = 'refund') AS "refunds", SUM(IIF(p."kind" = 'refund', p."amount_cents", 0)) AS "refundedCents"
       FROM "payments" p JOIN "orders" o ON o."id" = p."order_id"
       WHERE o."store_id" = ? AND p."created_at" >= ? AND p."created_at" < ? GROUP BY p."method"`,
    ).all(storeId, from, to) as Omit<PaymentMix, 'netCents'>[];
    for (const row of rows) {
      const sum = sums.get(row.method) ?? {
        method: row.method,
        payments: 0,
        paidCents: 0,
        refunds: 0,
        refundedCents: 0,
      };
      sums.set(row.method, {
        method: row.method,
        payments: sum.payments + row.payments,
        paidCents: sum.paidCents + row.paidCents,
        refunds: sum.refunds + row.refunds,
        refundedCents: sum.refundedCents + row.refundedCents,
      });
    }
  }
  return fillMethods([...sums.values()]);
}

/** The best customers by net spend in the range (customers.ts), from the orders and returns themselves. */
export function topCustomers(sql: Database.Database, filter: StoreFilter, limit: number): TopCustomer[] {
  const rows: CustomerSums[] = [];
  for (const storeId of storesOf(sql, filter)) {
    const { from, to } = localDaysRange(requireZonedStore(sql, storeId).timeZone, filter.fromDay, filter.toDay);
    rows.push(
      ...(prepared(
        sql,
        `SELECT o."customer_id" AS "customerId", 1 AS "orders", o."total_cents" AS "spendCents"
         FROM "orders" o INDEXED BY "IDX_orders_store_placed"
         WHERE o."store_id" = @storeId AND o."placed_at" >= @from AND o."placed_at" < @to
           AND o."customer_id" IS NOT NULL AND ${isSale('o')}
         UNION ALL
         SELECT o."customer_id", 0, -r."refund_cents"
         FROM "order_returns" r JOIN "orders" o ON o."id" = r."order_id"
         WHERE r."created_at" >= @from AND r."created_at" < @to AND o."store_id" = @storeId AND o."customer_id" IS NOT NULL`,
      ).all({ storeId, from, to }) as CustomerSums[]),
    );
  }
  return rankCustomers(sql, sumByCustomer(rows), limit);
}
