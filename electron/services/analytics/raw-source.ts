import type Database from 'better-sqlite3';
import { addDays, localDayStart } from '../../../shared/local-day';
import { requireZonedStore } from '../stores/store-zone';
import { exactLineNet, isSale, refundedTaxCents } from '../sales/sale-sql';
import { narrowsProducts, productCondition, storesOf, type TradeFilter } from './filters';
import type { TradeSource } from './trade-questions';

/** One store-local day of one store as the UTC instants [from, to) it spans. */
export interface StoreDay {
  s: number;
  d: string;
  f: string;
  t: string;
}

/** Local midnights by zone and day: each costs a few dozen Intl calls, and questions ask for the same days again. */
const dayStarts = new Map<string, string>();
function dayStart(zone: string, day: string): string {
  const key = `${zone} ${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) dayStarts.set(key, (start = localDayStart(zone, day).toISOString()));
  return start;
}

/** Every day of the filter's range for each of its stores, read through each store's zone with Intl. */
export function storeDays(sql: Database.Database, filter: TradeFilter): StoreDay[] {
  const days: StoreDay[] = [];
  for (const storeId of storesOf(sql, filter)) {
    const { timeZone } = requireZonedStore(sql, storeId);
    let day = filter.fromDay;
    let start = dayStart(timeZone, day);
    while (day <= filter.toDay) {
      const next = addDays(day, 1);
      const end = dayStart(timeZone, next);
      days.push({ s: storeId, d: day, f: start, t: end });
      day = next;
      start = end;
    }
  }
  return days;
}

const DAYS = `(SELECT json_extract("value", '$.s') AS "s", json_extract("value", '$.d') AS "d", json_extract("value", '$.f') AS "f",
                      json_extract("value", '$.t') AS "t" FROM json_each(@days)) b`;
const SOLD = `${DAYS} JOIN "orders" o INDEXED BY "IDX_orders_store_placed"
  ON o."store_id" = b."s" AND o."placed_at" >= b."f" AND o."placed_at" < b."t" AND ${isSale('o')}`;
const RETURNED = `${DAYS} JOIN "order_returns" r INDEXED BY "IDX_order_returns_created" ON r."created_at" >= b."f" AND r."created_at" < b."t"
  JOIN "orders" o ON o."id" = r."order_id" AND o."store_id" = b."s"`;

/** Product-level rows: each line of a sale on its order's day, each return line on its return's day. */
const LINE_ROWS = `
  SELECT b."s" AS "store_id", b."d" AS "day", l."product_id" AS "product_id", l."quantity" AS "units",
         l."quantity" * l."unit_price_cents" AS "gross_cents", ${exactLineNet('l')} AS "net_exact",
         l."quantity" * IFNULL(l."unit_cost_cents", 0) AS "cost_cents",
         0 AS "returned_units", 0 AS "returned_net_exact", 0 AS "returned_cost_cents"
  FROM ${SOLD} JOIN "order_lines" l ON l."order_id" = o."id"
  UNION ALL
  SELECT b."s", b."d", l."product_id", 0, 0, 0, 0, e."quantity", (e."refund_cents" - ${refundedTaxCents('e')}) * 10000,
         e."quantity" * IFNULL(l."unit_cost_cents", 0)
  FROM ${RETURNED} JOIN "order_return_lines" e ON e."return_id" = r."id" JOIN "order_lines" l ON l."id" = e."order_line_id"`;

/** Whole-store rows: LINE_ROWS with each sale and each return counted once more, with its refund. */
const STORE_ROWS = `
  SELECT *, 0 AS "sale_orders", 0 AS "returns", 0 AS "refund_cents" FROM (${LINE_ROWS})
  UNION ALL
  SELECT b."s", b."d", NULL, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0 FROM ${SOLD}
  UNION ALL
  SELECT b."s", b."d", NULL, 0, 0, 0, 0, 0, 0, 0, 0, 1, r."refund_cents" FROM ${RETURNED}`;

/**
 * The trade of a filter straight from the orders, by the sale definition of sale-sql.ts: sales
 * on the store-local day they were placed, returns on the day they were taken, each day's
 * bounds computed with Intl (shared/local-day.ts), not from the rollups' offset table.
 */
export function rawSource(
  sql: Database.Database,
  filter: TradeFilter,
  { byProduct }: { byProduct: boolean },
): TradeSource {
  const params = {
    days: JSON.stringify(storeDays(sql, filter)),
    categoryId: filter.categoryId ?? null,
    brandId: filter.brandId ?? null,
  };
  if (!byProduct && !narrowsProducts(filter)) return { from: `(${STORE_ROWS}) x`, params, wholeStores: true };
  return {
    from: `(${LINE_ROWS}) x JOIN "products" p ON p."id" = x."product_id" AND ${productCondition(filter)}`,
    params,
    wholeStores: false,
  };
}
