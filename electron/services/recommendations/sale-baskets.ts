import type Database from 'better-sqlite3';
import { isStandingSale } from '../sales/sale-sql';
import type { BasketTable } from './cooccurrence';

/**
 * Every standing sale's basket (shared/sales.ts), held as typed arrays: 4 bytes per line and 16
 * per basket, about 40 MB for five million lines, where arrays of objects would take ten times
 * that. A line whose units all came back is not in its basket, and an order with no such line left
 * has no basket, as `standingBasket` reads one order. Read in one pass over the orders in id order,
 * so a basket's lines arrive together (NOT INDEXED: through the status index every line would
 * first be sorted in a temporary tree); `orderIds` is ascending.
 */
export interface SaleBaskets extends BasketTable {
  lines: number;
  orderIds: Int32Array;
}

export function readSaleBaskets(sql: Database.Database, onRows: (rows: number) => void = () => {}): SaleBaskets {
  const returned = returnedLines(sql);
  let products = new Int32Array(1 << 16);
  let starts = new Int32Array(1 << 14);
  let orderIds = new Int32Array(1 << 14);
  let placedAtMs = new Float64Array(1 << 14);
  let lines = 0;
  let read = 0;
  let count = 0;
  let current = -1;
  const rows = sql
    .prepare(
      `SELECT o."id", o."placed_at", l."id", l."product_id" FROM "orders" o NOT INDEXED JOIN "order_lines" l ON l."order_id" = o."id"
       WHERE ${isStandingSale('o')} ORDER BY o."id", l."line_no"`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string, number, number]>;
  for (const [orderId, placedAt, lineId, productId] of rows) {
    if (++read % 100_000 === 0) onRows(read);
    if (returned.has(lineId)) continue;
    if (orderId !== current) {
      if (count + 2 > starts.length) {
        starts = grow(starts);
        orderIds = grow(orderIds);
        placedAtMs = grow(placedAtMs);
      }
      starts[count] = lines;
      orderIds[count] = orderId;
      placedAtMs[count] = Date.parse(placedAt);
      count++;
      current = orderId;
    }
    if (lines === products.length) products = grow(products);
    products[lines++] = productId;
  }
  starts[count] = lines;
  return { count, lines, starts, products, placedAtMs, orderIds: orderIds.subarray(0, count) };
}

/** Order lines every unit of which came back: few beside the lines sold, so a set of their ids. */
function returnedLines(sql: Database.Database): Set<number> {
  const ids = sql
    .prepare(
      `SELECT r."order_line_id" FROM "order_return_lines" r JOIN "order_lines" l ON l."id" = r."order_line_id"
       GROUP BY r."order_line_id" HAVING SUM(r."quantity") >= MAX(l."quantity")`,
    )
    .pluck()
    .all() as number[];
  return new Set(ids);
}

/** The index of order `orderId`'s basket in `baskets`, or −1 when it had none. */
export function basketOf(baskets: SaleBaskets, orderId: number): number {
  let low = 0;
  let high = baskets.orderIds.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const id = baskets.orderIds[middle]!;
    if (id === orderId) return middle;
    if (id < orderId) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A typed array twice as long with the same start. */
export function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
