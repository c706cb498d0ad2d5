import { exactLineNet, isSale, isStandingSale, roundedNetCents } from '../../sales/sale-sql';
import { answerTable, bar, type Column } from './answer-table';
import { inWindow, rowsOf, type Question } from './question';

type Row = Record<string, string | number | null>;

/**
 * Each store's sales placed on its days in the window (a paid order later cancelled stays a sale
 * of its day) and the refunds of returns taken on its days, whichever day their sale was: the two
 * net as end of day nets them.
 */
export const salesByStore: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT st."name" AS "store",
        (SELECT COUNT(*) FROM "orders" o WHERE o."store_id" = w."store_id" AND o."placed_at" >= w."from_at"
           AND o."placed_at" < w."to_at" AND ${isSale('o')}) AS "sales",
        IFNULL((SELECT SUM(o."total_cents") FROM "orders" o WHERE o."store_id" = w."store_id"
           AND o."placed_at" >= w."from_at" AND o."placed_at" < w."to_at" AND ${isSale('o')}), 0) AS "salesCents",
        IFNULL((SELECT SUM(r."refund_cents") FROM "order_returns" r JOIN "orders" ro ON ro."id" = r."order_id"
           WHERE ro."store_id" = w."store_id" AND r."created_at" >= w."from_at" AND r."created_at" < w."to_at"), 0)
          AS "refundsCents"
      FROM "lab_window" w JOIN "stores" st ON st."id" = w."store_id"
      ORDER BY st."id"`,
    ).map((row) => ({ ...row, netCents: Number(row.salesCents) - Number(row.refundsCents) }));
    const columns: Column[] = [
      ['store', 'Store', 'text'],
      ['sales', 'Sales', 'count'],
      ['salesCents', 'Sales total', 'cents'],
      ['refundsCents', 'Refunds', 'cents'],
      ['netCents', 'Net', 'cents'],
    ];
    return answerTable(scope, columns, rows, bar('store', 'salesCents', 'netCents'));
  },
};

/** Lines of standing sales placed in the window, as ordered (before returns), with product and category. */
const LINES = `
  SELECT ol."quantity", ol."discount_cents", ol."discount_bp", ${exactLineNet('ol')} AS "exactNet",
         p."id" AS "product_id", p."name" AS "product_name", p."category_id",
         IFNULL(ol."unit_cost_cents", 0) AS "cost_cents"
  FROM "orders" o ${inWindow('o')}
  JOIN "order_lines" ol ON ol."order_id" = o."id"
  JOIN "products" p ON p."id" = ol."product_id"
  WHERE ${isStandingSale('o')}`;

/** A line sold with a discount: cents off, or a percentage (imported history). */
const DISCOUNTED = `(l."discount_cents" > 0 OR IFNULL(l."discount_bp", 0) > 0)`;

export const promotionEffect: Question = {
  answer(sql, scope) {
    const byCategory = scope.groupBy === 'category';
    const group = byCategory ? 'l."category_id"' : 'l."product_id"';
    const label = byCategory ? `IFNULL(cat."name", '(no category)')` : 'l."product_name"';
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT ${label} AS "name",
        SUM(CASE WHEN ${DISCOUNTED} THEN l."quantity" ELSE 0 END) AS "unitsDiscounted",
        ${roundedNetCents(`SUM(CASE WHEN ${DISCOUNTED} THEN l."exactNet" ELSE 0 END)`)} AS "revenueDiscountedCents",
        SUM(CASE WHEN ${DISCOUNTED} THEN 0 ELSE l."quantity" END) AS "unitsFullPrice",
        ${roundedNetCents(`SUM(CASE WHEN ${DISCOUNTED} THEN 0 ELSE l."exactNet" END)`)} AS "revenueFullPriceCents",
        ROUND(100.0 * SUM(CASE WHEN ${DISCOUNTED} THEN l."quantity" ELSE 0 END) / SUM(l."quantity"), 1)
          AS "discountedShare"
      FROM (${LINES}) l LEFT JOIN "categories" cat ON cat."id" = l."category_id"
      GROUP BY ${group}
      ORDER BY SUM(l."exactNet") DESC, "name"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['name', byCategory ? 'Category' : 'Product', 'text'],
      ['unitsDiscounted', 'Units with discount', 'count'],
      ['revenueDiscountedCents', 'Revenue with discount', 'cents'],
      ['unitsFullPrice', 'Units at full price', 'count'],
      ['revenueFullPriceCents', 'Revenue at full price', 'cents'],
      ['discountedShare', 'Units discounted', 'percent'],
    ];
    return answerTable(scope, columns, rows, bar('name', 'revenueDiscountedCents', 'revenueFullPriceCents'));
  },
};

/** Cost is what each line cost when it was sold, so a later change of a product's cost leaves past margins as they were. */
export const marginByCategory: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT IFNULL(cat."name", '(no category)') AS "category", SUM(l."quantity") AS "units",
        ${roundedNetCents('SUM(l."exactNet")')} AS "revenueCents",
        SUM(l."quantity" * l."cost_cents") AS "costCents"
      FROM (${LINES}) l LEFT JOIN "categories" cat ON cat."id" = l."category_id"
      GROUP BY l."category_id"
      ORDER BY "revenueCents" DESC, "category"`,
    ).map((row) => {
      const revenue = Number(row.revenueCents);
      const margin = revenue - Number(row.costCents);
      return {
        ...row,
        marginCents: margin,
        marginShare: revenue === 0 ? null : Math.round((1000 * margin) / revenue) / 10,
      };
    });
    const columns: Column[] = [
      ['category', 'Department', 'text'],
      ['units', 'Units', 'count'],
      ['revenueCents', 'Net revenue', 'cents'],
      ['costCents', 'Cost', 'cents'],
      ['marginCents', 'Margin', 'cents'],
      ['marginShare', 'Margin %', 'percent'],
    ];
    return answerTable(scope, columns, rows, bar('category', 'revenueCents', 'marginCents'));
  },
};
