import type Database from 'better-sqlite3';
import { customerTotalsBackfill } from './migrations/0005-store-local-sales/customer-totals';
import { saleLinesBackfill } from './migrations/0005-store-local-sales/sale-lines';

/**
 * Recomputes every customer's totals from the orders, by the sale definition. Triggers keep
 * them current on every write, bulk inserts included; this is for a writer that turned
 * triggers' work off or wants a clean slate (the demo-data generator), inside its transaction.
 */
export function rebuildCustomerTotals(sql: Database.Database): void {
  sql.prepare('DELETE FROM "customer_totals"').run();
  sql.prepare(customerTotalsBackfill).run();
}

/** Recomputes the lines of sales that sales velocity reads, like rebuildCustomerTotals. */
export function rebuildSaleLines(sql: Database.Database): void {
  sql.prepare('DELETE FROM "sale_lines"').run();
  sql.prepare(saleLinesBackfill).run();
}
