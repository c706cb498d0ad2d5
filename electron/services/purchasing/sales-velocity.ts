import type Database from 'better-sqlite3';
import { VELOCITY_WINDOW_DAYS } from '../../../shared/contract';
import { addDays, localDate, localDayStart } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import { requireZonedStore } from '../stores/store-zone';

/**
 * Units sold by the sale definition (shared/sales.ts rule 6): lines of sales placed in the
 * window, net of the units that came back, from sale_lines (kept by triggers). Each product
 * reads one short range of the covering IDX_sale_lines_velocity (store_id, product_id,
 * placed_at, quantity), so the cost follows the products asked about, never the ledger's size.
 */
const SOLD_OF_PRODUCTS = `
  SELECT j."value" AS "product_id",
         (SELECT SUM(s."quantity") FROM "sale_lines" s INDEXED BY "IDX_sale_lines_velocity"
          WHERE s."store_id" = @storeId AND s."product_id" = j."value"
            AND s."placed_at" >= @since AND s."placed_at" <= @until) AS "sold"
  FROM json_each(@productIds) j`;

export interface SalesWindow {
  storeId: number;
  /** The start of the first local day of the window. */
  since: string;
  /** `now`: sales dated later (a till with a fast clock) are not counted yet. */
  until: string;
}

/**
 * The VELOCITY_WINDOW_DAYS local days of the store ending today, on its own clock: today so far
 * and the days before it, from local midnight (whatever the length of the days in between).
 */
export function salesWindow(sql: Database.Database, storeId: number, now: Date): SalesWindow {
  const { timeZone } = requireZonedStore(sql, storeId);
  const firstDay = addDays(localDate(timeZone, now), 1 - VELOCITY_WINDOW_DAYS);
  return { storeId, since: localDayStart(timeZone, firstDay).toISOString(), until: now.toISOString() };
}

/** Units sold in a store over its sales window, for the given products; a product that sold nothing is absent. */
export function salesInWindow(
  sql: Database.Database,
  storeId: number,
  now: Date,
  productIds: readonly number[],
): Map<number, number> {
  if (productIds.length === 0) return new Map();
  const { since, until } = salesWindow(sql, storeId, now);
  const rows = prepared(sql, SOLD_OF_PRODUCTS).all({
    storeId,
    since,
    until,
    productIds: JSON.stringify(productIds),
  }) as { product_id: number; sold: number | null }[];
  const sold = new Map<number, number>();
  for (const row of rows) if (row.sold !== null && row.sold !== 0) sold.set(row.product_id, row.sold);
  return sold;
}

/** Average units sold per day over the window. */
export function dailyVelocity(sold: number): number {
  return sold / VELOCITY_WINDOW_DAYS;
}
