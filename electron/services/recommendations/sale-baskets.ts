import type Database from 'better-sqlite3';
import { isStandingSale } from '../sales/sale-sql';
import type { BasketTable } from './cooccurrence';

/**
 * Every standing sale's basket (shared/sales.ts), held as three typed arrays: 4 bytes per line
 * and 12 per basket, about 40 MB for five million lines, where arrays of objects would take ten
 * times that. Read in one pass over the orders in id order, so a basket's lines arrive together
 * (NOT INDEXED: through the status index every line would first be sorted in a temporary tree).
 */
export interface SaleBaskets extends BasketTable {
  lines: number;
}

export function readSaleBaskets(sql: Database.Database, onRows: (rows: number) => void = () => {}): SaleBaskets {
  let products = new Int32Array(1 << 16);
  let starts = new Int32Array(1 << 14);
  let placedAtMs = new Float64Array(1 << 14);
  let lines = 0;
  let count = 0;
  let current = -1;
  const rows = sql
    .prepare(
      `SELECT o."id", o."placed_at", l."product_id" FROM "orders" o NOT INDEXED JOIN "order_lines" l ON l."order_id" = o."id"
       WHERE ${isStandingSale('o')} ORDER BY o."id", l."line_no"`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, number]>;
  for (const [orderId, placedAt, productId] of rows) {
    if (orderId !== current) {
      if (count + 2 > starts.length) {
        starts = grow(starts);
        placedAtMs = grow(placedAtMs);
      }
      starts[count] = lines;
      placedAtMs[count] = Date.parse(placedAt);
      count++;
      current = orderId;
    }
    if (lines === products.length) products = grow(products);
    products[lines++] = productId;
    if (lines % 100_000 === 0) onRows(lines);
  }
  starts[count] = lines;
  return { count, lines, starts, products, placedAtMs };
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
