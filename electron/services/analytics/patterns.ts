import type Database from 'better-sqlite3';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/contract/orders';
import { prepared } from '../../../database/prepared';
import { roundedNetCents } from '../sales/sale-sql';
import { splitByMonths, storesOf, type StoreFilter } from './filters';

/**
 * When and how customers pay, by store and range only: an order is not split by category or
 * brand, and these charts are about the shop floor. Sales here are sales placed (no returns).
 */
export interface SalesAtTime {
  orders: number;
  units: number;
  salesCents: number;
}

export interface PaymentMix {
  method: PaymentMethod;
  payments: number;
  paidCents: number;
  refunds: number;
  refundedCents: number;
  netCents: number;
}

/** ISO weekday of a 'YYYY-MM-DD' day in SQL: 1 Monday to 7 Sunday. */
const ISO_WEEKDAY = (day: string) => `((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7 + 1)`;

const SALES_AT = `SUM("sale_orders") AS "orders", SUM("units") AS "units", ${roundedNetCents('SUM("net_exact")')} AS "salesCents"`;
const IN_STORES = `"store_id" IN (SELECT "value" FROM json_each(@stores)) AND "day" BETWEEN @fromDay AND @toDay`;

function paramsOf(sql: Database.Database, filter: StoreFilter) {
  return { stores: JSON.stringify(storesOf(sql, filter)), fromDay: filter.fromDay, toDay: filter.toDay };
}

/**
 * Every hour 0–23 of the stores' own clocks, with the sales placed in it: the range's whole
 * months from their hours (sales_store_hour_months), the days at either end from theirs.
 */
export function salesByHour(sql: Database.Database, filter: StoreFilter): ({ hour: number } & SalesAtTime)[] {
  const hours = (table: string, column: string, from: string, to: string) =>
    `SELECT "hour", "sale_orders", "units", "net_exact" FROM "${table}"
     WHERE "store_id" IN (SELECT "value" FROM json_each(@stores)) AND "${column}" BETWEEN @${from} AND @${to}`;
  const rows = prepared(
    sql,
    `SELECT "hour", ${SALES_AT} FROM (${hours('sales_store_hour_months', 'month', 'firstMonth', 'lastMonth')}
       UNION ALL ${hours('sales_store_hours', 'day', 'headFrom', 'headTo')}
       UNION ALL ${hours('sales_store_hours', 'day', 'tailFrom', 'tailTo')})
     GROUP BY "hour"`,
  ).all({ stores: paramsOf(sql, filter).stores, ...splitByMonths(filter.fromDay, filter.toDay) }) as ({
    hour: number;
  } & SalesAtTime)[];
  return fillHours(rows);
}

/** Every weekday, 1 Monday to 7 Sunday, with the sales placed on it. */
export function salesByWeekday(sql: Database.Database, filter: StoreFilter): ({ weekday: number } & SalesAtTime)[] {
  const rows = prepared(
    sql,
    `SELECT ${ISO_WEEKDAY('"day"')} AS "weekday", ${SALES_AT} FROM "sales_store_days" WHERE ${IN_STORES} GROUP BY 1`,
  ).all(paramsOf(sql, filter)) as ({ weekday: number } & SalesAtTime)[];
  return fillWeekdays(rows);
}

/** Money taken and given back by each method on the days of the range. */
export function paymentMix(sql: Database.Database, filter: StoreFilter): PaymentMix[] {
  const rows = prepared(
    sql,
    `SELECT "method", SUM("payments") AS "payments", SUM("paid_cents") AS "paidCents", SUM("refunds") AS "refunds",
            SUM("refunded_cents") AS "refundedCents"
     FROM "sales_store_payments" WHERE ${IN_STORES} GROUP BY "method"`,
  ).all(paramsOf(sql, filter)) as Omit<PaymentMix, 'netCents'>[];
  return fillMethods(rows);
}

const NONE: SalesAtTime = { orders: 0, units: 0, salesCents: 0 };

export function fillHours(rows: readonly ({ hour: number } & SalesAtTime)[]): ({ hour: number } & SalesAtTime)[] {
  const byHour = new Map(rows.map((row) => [row.hour, row]));
  return Array.from({ length: 24 }, (_, hour) => ({ ...NONE, ...byHour.get(hour), hour }));
}

export function fillWeekdays(
  rows: readonly ({ weekday: number } & SalesAtTime)[],
): ({ weekday: number } & SalesAtTime)[] {
  const byDay = new Map(rows.map((row) => [row.weekday, row]));
  return Array.from({ length: 7 }, (_, index) => ({ ...NONE, ...byDay.get(index + 1), weekday: index + 1 }));
}

export function fillMethods(rows: readonly Omit<PaymentMix, 'netCents'>[]): PaymentMix[] {
  const byMethod = new Map(rows.map((row) => [row.method, row]));
  return PAYMENT_METHODS.map((method) => {
    const row = byMethod.get(method) ?? { method, payments: 0, paidCents: 0, refunds: 0, refundedCents: 0 };
    return { ...row, netCents: row.paidCents - row.refundedCents };
  });
}
