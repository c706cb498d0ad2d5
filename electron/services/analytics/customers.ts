import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

/**
 * A customer's trade in a range: the sales they placed in it (docs/sales.md: paid orders, on the
 * store's day each was placed, a paid order cancelled later included, its refund netting it out)
 * and their net spend, the totals of those sales (tax included) less the refunds of returns taken
 * in the range. Anonymous orders are left out.
 */
export interface TopCustomer {
  customerId: number;
  name: string;
  orders: number;
  spendCents: number;
}

export interface CustomerSums {
  customerId: number;
  orders: number;
  spendCents: number;
}

/**
 * The best `limit` of `sums` by net spend, ties by id, with each customer's name. Only customers
 * who spent something net rank: one whose returns in the range match or outweigh their purchases
 * in it (say, only bringing back what was bought before) is no top customer.
 */
export function rankCustomers(sql: Database.Database, sums: readonly CustomerSums[], limit: number): TopCustomer[] {
  const best = sums
    .filter((row) => row.spendCents > 0)
    .sort((a, b) => b.spendCents - a.spendCents || a.customerId - b.customerId)
    .slice(0, Math.max(0, limit));
  const nameOf = prepared(
    sql,
    `SELECT TRIM("first_name" || ' ' || "last_name") FROM "customers" WHERE "id" = ?`,
  ).pluck();
  return best.map((row) => ({
    customerId: row.customerId,
    name: nameOf.get(row.customerId) as string,
    orders: row.orders,
    spendCents: row.spendCents,
  }));
}

/** Adds rows of (customerId, orders, spendCents) up by customer. */
export function sumByCustomer(rows: Iterable<CustomerSums>): CustomerSums[] {
  const sums = new Map<number, CustomerSums>();
  for (const row of rows) {
    const sum = sums.get(row.customerId);
    if (sum) {
      sum.orders += row.orders;
      sum.spendCents += row.spendCents;
    } else sums.set(row.customerId, { ...row });
  }
  return [...sums.values()];
}
