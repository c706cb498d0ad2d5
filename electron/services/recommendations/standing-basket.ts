import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { isStandingSale } from '../sales/sale-sql';
import { basketContribution, type BasketContribution } from './basket-pairs';

/**
 * What order `orderId` adds to the item tables now, by the one definition of a sale
 * (shared/sales.ts): nothing unless it is a standing sale (paid, not cancelled), and then the
 * products of its lines that still have units not brought back. A line returned whole leaves the
 * basket; a basket whose every line came back counts no more (null), as the rebuild reads it.
 */
export function standingBasket(sql: Database.Database, orderId: number): BasketContribution | null {
  const placedAt = prepared(sql, `SELECT o."placed_at" FROM "orders" o WHERE o."id" = ? AND ${isStandingSale('o')}`)
    .pluck()
    .get(orderId) as string | undefined;
  if (placedAt === undefined) return null;
  const products = prepared(
    sql,
    `SELECT l."product_id" FROM "order_lines" l
     WHERE l."order_id" = ?
       AND l."quantity" > IFNULL((SELECT SUM(r."quantity") FROM "order_return_lines" r WHERE r."order_line_id" = l."id"), 0)
     ORDER BY l."line_no"`,
  )
    .pluck()
    .all(orderId) as number[];
  return products.length === 0 ? null : basketContribution(products, Date.parse(placedAt));
}
