import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { rankCustomers, type CustomerSums, type TopCustomer } from './customers';
import { storesOf, type StoreFilter } from './filters';

/** One store's day of customers' trade (sales_store_customer_ranks' day rows), column by column. */
interface DayRows {
  customers: Int32Array;
  orders: Int32Array;
  spend: Float64Array;
}

/** Above this many changed days since the last look, reading every day at once is quicker than day by day. */
const RELOAD_ALL_ABOVE = 400;

/**
 * Customers' trade per store and local day, kept in memory by each connection that asks for it
 * and brought up to date, before every question, with the days whose version (migration 0021)
 * rose since it last looked: a sale reloads its store's day (a hundred or so rows), not the
 * table. Adding up days in typed arrays costs a few nanoseconds a row, so any stores over any
 * range sum exactly in milliseconds, where ranked lists read best first must go deep whenever
 * the chosen stores' best customers are not the chain's (docs/analytics.md).
 */
class CustomerDays {
  private version = 0;
  private readonly stores = new Map<number, Map<string, DayRows>>();
  // Scratch sums by customer id, reused question after question; `touched` lists the ids set.
  private spend = new Float64Array(0);
  private orders = new Int32Array(0);
  private touched = new Int32Array(0);
  private stamp = new Int32Array(0);
  private question = 0;

  constructor(private readonly sql: Database.Database) {}

  /** Reads the days that changed since the last look, in one read transaction so they agree with each other. */
  refresh(): void {
    const latest = (prepared(this.sql, 'SELECT MAX("version") FROM "sales_store_customer_day_versions"')
      .pluck()
      .get() ?? 0) as number;
    if (latest === this.version) return;
    const changed = prepared(
      this.sql,
      `SELECT "store_id" AS "store", "day" FROM "sales_store_customer_day_versions" WHERE "version" > ? LIMIT ${RELOAD_ALL_ABOVE + 1}`,
    ).all(this.version) as { store: number; day: string }[];
    if (this.version === 0 || changed.length > RELOAD_ALL_ABOVE) this.readAll();
    else for (const { store, day } of changed) this.readDay(store, day);
    this.version = latest;
  }

  private readAll(): void {
    this.stores.clear();
    // In the order of the days' index (store, day, customer): each day packed as it ends.
    const rows = prepared(
      this.sql,
      `SELECT "store_id", "period", "customer_id", "orders", "spend_cents" FROM "sales_store_customer_ranks"
       INDEXED BY "IDX_sales_store_customer_ranks_days" WHERE length("period") = 10 ORDER BY "store_id", "period"`,
    ).raw();
    let store = 0;
    let day = '';
    let list: number[] = [];
    const keep = () => {
      if (list.length > 0) this.keep(store, day, list);
    };
    for (const [rowStore, rowDay, customer, orders, spend] of rows.iterate() as Iterable<
      [number, string, number, number, number]
    >) {
      if (rowStore !== store || rowDay !== day) {
        keep();
        store = rowStore;
        day = rowDay;
        list = [];
      }
      list.push(customer, orders, spend);
    }
    keep();
  }

  private readDay(store: number, day: string): void {
    const rows = prepared(
      this.sql,
      `SELECT "customer_id", "orders", "spend_cents" FROM "sales_store_customer_ranks"
       INDEXED BY "IDX_sales_store_customer_ranks_days" WHERE "store_id" = ? AND "period" = ? AND length("period") = 10`,
    )
      .raw()
      .all(store, day) as number[][];
    if (rows.length === 0) this.stores.get(store)?.delete(day);
    else this.keep(store, day, rows.flat());
  }

  /** Keeps a day's rows, (customer, orders, spend) laid end to end, as typed columns. */
  private keep(store: number, day: string, list: readonly number[]): void {
    const size = list.length / 3;
    const rows: DayRows = {
      customers: new Int32Array(size),
      orders: new Int32Array(size),
      spend: new Float64Array(size),
    };
    for (let index = 0; index < size; index++) {
      rows.customers[index] = list[index * 3]!;
      rows.orders[index] = list[index * 3 + 1]!;
      rows.spend[index] = list[index * 3 + 2]!;
      this.fit(rows.customers[index]!);
    }
    let days = this.stores.get(store);
    if (days === undefined) this.stores.set(store, (days = new Map()));
    days.set(day, rows);
  }

  /**
   * The `limit` best customers with trade in `stores` from `fromDay` to `toDay` (both included)
   * by net spend, ties by the smaller id: their sales there and net spend, as summing their
   * orders and returns would give (customers.ts).
   */
  best(stores: readonly number[], fromDay: string, toDay: string, limit: number): CustomerSums[] {
    const question = ++this.question;
    const { stamp, touched, spend, orders } = this;
    let count = 0;
    for (const store of stores) {
      for (const [day, rows] of this.stores.get(store) ?? []) {
        if (day < fromDay || day > toDay) continue;
        const { customers } = rows;
        for (let index = 0; index < customers.length; index++) {
          const customer = customers[index]!;
          if (stamp[customer] !== question) {
            stamp[customer] = question;
            touched[count++] = customer;
            spend[customer] = rows.spend[index]!;
            orders[customer] = rows.orders[index]!;
          } else {
            spend[customer] = spend[customer]! + rows.spend[index]!;
            orders[customer] = orders[customer]! + rows.orders[index]!;
          }
        }
      }
    }
    // The best so far, best first; a customer enters only above the last of them. Every customer
    // met has trade in the range: a day row is dropped once it holds no sale and no return.
    const best: number[] = [];
    const before = (a: number, b: number) => spend[a]! > spend[b]! || (spend[a] === spend[b] && a < b);
    for (let index = 0; index < count; index++) {
      const customer = touched[index]!;
      if (best.length === limit) {
        if (!before(customer, best[limit - 1]!)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && before(customer, best[at - 1]!)) at--;
      best.splice(at, 0, customer);
    }
    return best.map((customer) => ({ customerId: customer, orders: orders[customer]!, spendCents: spend[customer]! }));
  }

  /** Makes the scratch sums long enough for customer ids up to `id`. */
  private fit(id: number): void {
    if (id < this.stamp.length) return;
    const length = Math.max(id + 1, this.stamp.length * 2, 1024);
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T) => (to.set(from), to);
    this.spend = grown(this.spend, new Float64Array(length));
    this.orders = grown(this.orders, new Int32Array(length));
    this.stamp = grown(this.stamp, new Int32Array(length));
    this.touched = grown(this.touched, new Int32Array(length));
  }
}

const kept = new WeakMap<Database.Database, CustomerDays>();

/** This connection's customer days, up to date with what it can see now. */
export function customerDays(sql: Database.Database): CustomerDays {
  let days = kept.get(sql);
  if (days === undefined) kept.set(sql, (days = new CustomerDays(sql)));
  const refresh = () => days.refresh();
  if (sql.inTransaction) refresh();
  else sql.transaction(refresh)();
  return days;
}

/**
 * The best customers of the filter's stores by net spend in the range, ties by id (customers.ts),
 * exactly as summing every customer's orders and returns would rank them.
 */
export function topCustomers(sql: Database.Database, filter: StoreFilter, limit: number): TopCustomer[] {
  if (limit <= 0) return [];
  const best = customerDays(sql).best(storesOf(sql, filter), filter.fromDay, filter.toDay, limit);
  return rankCustomers(sql, best, limit);
}
