import { exactLineNet, roundedNetCents } from '../../sales/sale-sql';
import { answerTable, bar, type Column } from './answer-table';
import { inWindow, rowsOf, type Question } from './question';

type Row = Record<string, string | number | null>;

/**
 * Lines of sales placed in the window, from the kept `sale_lines` (units net of returned units,
 * shared/sales.ts rule 6), each with its net revenue scaled to the units kept: a line half
 * returned brings half its revenue. Exact until the one rounding at the end.
 */
const SOLD = `
  SELECT s."product_id", s."quantity" AS "units",
         ${exactLineNet('ol')} * s."quantity" / (ol."quantity" * 1.0) AS "exactNet"
  FROM "sale_lines" s ${inWindow('s')}
  JOIN "order_lines" ol ON ol."id" = s."order_line_id"`;

export const popularProducts: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT p."id" AS "productId", p."sku", p."name", SUM(sold."units") AS "units",
             ${roundedNetCents('SUM(sold."exactNet")')} AS "revenueCents"
      FROM (${SOLD}) sold JOIN "products" p ON p."id" = sold."product_id"
      GROUP BY p."id" HAVING SUM(sold."units") > 0
      ORDER BY "units" DESC, "revenueCents" DESC, p."id"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['sku', 'SKU', 'text'],
      ['name', 'Product', 'text'],
      ['units', 'Units sold', 'count'],
      ['revenueCents', 'Net revenue', 'cents'],
    ];
    return answerTable(scope, columns, rows, bar('name', 'units'));
  },
};

export const topBrands: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT IFNULL(b."name", '(no brand)') AS "brand", SUM(sold."units") AS "units",
             ${roundedNetCents('SUM(sold."exactNet")')} AS "revenueCents"
      FROM (${SOLD}) sold JOIN "products" p ON p."id" = sold."product_id"
      LEFT JOIN "brands" b ON b."id" = p."brand_id"
      GROUP BY b."id" HAVING SUM(sold."units") > 0
      ORDER BY "revenueCents" DESC, "brand"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['brand', 'Brand', 'text'],
      ['units', 'Units sold', 'count'],
      ['revenueCents', 'Net revenue', 'cents'],
    ];
    return answerTable(scope, columns, rows, bar('brand', 'revenueCents'));
  },
};

/** A store's own reorder point where it set one, else the product's; products without one are never low. */
export const lowStock: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `SELECT st."name" AS "store", p."sku", p."name", sl."on_hand" AS "onHand",
             IFNULL(sl."reorder_point", p."reorder_point") AS "reorderPoint",
             IFNULL(sl."reorder_point", p."reorder_point") - sl."on_hand" AS "shortfall"
      FROM "stock_levels" sl
      JOIN "lab_window" w ON w."store_id" = sl."store_id"
      JOIN "products" p ON p."id" = sl."product_id"
      JOIN "stores" st ON st."id" = sl."store_id"
      WHERE p."archived_at" IS NULL AND IFNULL(sl."reorder_point", p."reorder_point") > 0
        AND sl."on_hand" <= IFNULL(sl."reorder_point", p."reorder_point")
      ORDER BY "shortfall" DESC, p."sku", st."id"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['store', 'Store', 'text'],
      ['sku', 'SKU', 'text'],
      ['name', 'Product', 'text'],
      ['onHand', 'On hand', 'count'],
      ['reorderPoint', 'Reorder point', 'count'],
      ['shortfall', 'Short by', 'count'],
    ];
    return answerTable(scope, columns, rows, bar('sku', 'shortfall'));
  },
};
