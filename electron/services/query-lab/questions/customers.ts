import { isStandingSale, returnedCents } from '../../sales/sale-sql';
import { answerTable, bar, type Column } from './answer-table';
import {
  COUNTED_INTERACTIONS_IN_WINDOW,
  CUSTOMER_NAME,
  inWindow,
  purchasesInWindow,
  rowsOf,
  type Question,
} from './question';

type Row = Record<string, string | number | null>;

/** Each customer's standing sales placed in the window: their count, and spend less every refund of them. */
const CUSTOMER_SPEND = `
  "spend" AS (
    SELECT o."customer_id", COUNT(*) AS "orders", SUM(o."total_cents" - ${returnedCents('o')}) AS "spent"
    FROM "orders" o ${inWindow('o')}
    WHERE o."customer_id" IS NOT NULL AND ${isStandingSale('o')}
    GROUP BY o."customer_id")`;

export const topCustomersBySpend: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `, ${CUSTOMER_SPEND}
      SELECT c."id" AS "customerId", ${CUSTOMER_NAME} AS "customer", s."orders", s."spent" AS "spendCents"
      FROM "spend" s JOIN "customers" c ON c."id" = s."customer_id"
      WHERE c."archived_at" IS NULL
      ORDER BY s."spent" DESC, c."id"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['customerId', 'Customer no.', 'count'],
      ['customer', 'Customer', 'text'],
      ['orders', 'Orders', 'count'],
      ['spendCents', 'Spend', 'cents'],
    ];
    return answerTable(scope, columns, rows, bar('customer', 'spendCents'));
  },
};

/**
 * A customer's interactions in the window, counted as their profile and Top customers count them
 * (interaction-count.ts): each product of each standing sale placed there is one purchase, on the
 * sale's store and day; every other interaction row counts once, on the store and day
 * COUNTED_INTERACTIONS_IN_WINDOW gives it.
 */
export const topCustomersByInteractions: Question = {
  answer(sql, scope) {
    const rows = rowsOf<Row>(
      sql,
      scope,
      `, "counted" AS (
        SELECT i."customer_id", i."kind" ${COUNTED_INTERACTIONS_IN_WINDOW}
        UNION ALL
        SELECT "customer_id", 'bought' FROM (${purchasesInWindow('o."customer_id"')}))
      SELECT c."id" AS "customerId", ${CUSTOMER_NAME} AS "customer", COUNT(*) AS "interactions",
             SUM(n."kind" = 'viewed') AS "viewed", SUM(n."kind" = 'added_to_cart') AS "addedToCart",
             SUM(n."kind" = 'bought') AS "bought", SUM(n."kind" = 'rated') AS "rated"
      FROM "counted" n JOIN "customers" c ON c."id" = n."customer_id"
      WHERE c."archived_at" IS NULL
      GROUP BY c."id"
      ORDER BY "interactions" DESC, c."id"
      LIMIT ?`,
      scope.limit,
    );
    const columns: Column[] = [
      ['customerId', 'Customer no.', 'count'],
      ['customer', 'Customer', 'text'],
      ['interactions', 'Interactions', 'count'],
      ['viewed', 'Viewed', 'count'],
      ['addedToCart', 'Added to cart', 'count'],
      ['bought', 'Bought', 'count'],
      ['rated', 'Rated', 'count'],
    ];
    return answerTable(scope, columns, rows, bar('customer', 'interactions'));
  },
};

/** Active customers with no standing sale at all; for one store, those whose home it is. A→Z. */
export const neverPurchased: Question = {
  answer(sql, scope) {
    const rows = sql
      .prepare(
        `SELECT c."id" AS "customerId", ${CUSTOMER_NAME} AS "customer", c."email", c."created_at" AS "createdAt"
        FROM "customers" c
        WHERE c."archived_at" IS NULL AND (@store IS NULL OR c."home_store_id" = @store)
          AND NOT EXISTS (SELECT 1 FROM "orders" o WHERE o."customer_id" = c."id" AND ${isStandingSale('o')})
        ORDER BY c."last_name", c."first_name", c."id"
        LIMIT @limit`,
      )
      .all({ store: scope.storeId, limit: scope.limit }) as Row[];
    const columns: Column[] = [
      ['customerId', 'Customer no.', 'count'],
      ['customer', 'Customer', 'text'],
      ['email', 'Email', 'text'],
      ['createdAt', 'Signed up', 'timestamp'],
    ];
    return answerTable(scope, columns, rows, null);
  },
};

/** Bands by spend in the window, in cents: [from, to), the last open-ended. */
const SPEND_BANDS: readonly (readonly [from: number, label: string])[] = [
  [Number.MIN_SAFE_INTEGER, 'Under $25'],
  [2_500, '$25 – $50'],
  [5_000, '$50 – $100'],
  [10_000, '$100 – $250'],
  [25_000, '$250 – $500'],
  [50_000, '$500 and over'],
];

/** Bands by number of sales in the window: [from, next band's from). */
const ORDER_BANDS: readonly (readonly [from: number, label: string])[] = [
  [1, '1 order'],
  [2, '2 orders'],
  [3, '3 orders'],
  [4, '4–5 orders'],
  [6, '6–10 orders'],
  [11, '11 or more'],
];

/** Customers who bought in the window, counted into bands of one measure; every band shown, empty or not. */
function banded(measure: 'spent' | 'orders', bands: typeof SPEND_BANDS, valueLabel: string): Question {
  const band = `CASE ${bands
    .map(([from], index) => [from, index] as const)
    .reverse()
    .map(([from, index]) => `WHEN s."${measure}" >= ${from} THEN ${index}`)
    .join(' ')} END`;
  return {
    answer(sql, scope) {
      const counted = rowsOf<{ band: number; customers: number; orders: number; spent: number }>(
        sql,
        scope,
        `, ${CUSTOMER_SPEND}
        SELECT ${band} AS "band", COUNT(*) AS "customers", SUM(s."orders") AS "orders", SUM(s."spent") AS "spent"
        FROM "spend" s GROUP BY "band"`,
      );
      const rows = bands.map(([, label], index) => {
        const found = counted.find((row) => row.band === index);
        return {
          band: label,
          customers: found?.customers ?? 0,
          orders: found?.orders ?? 0,
          spendCents: found?.spent ?? 0,
        };
      });
      const columns: Column[] = [
        ['band', valueLabel, 'text'],
        ['customers', 'Customers', 'count'],
        ['orders', 'Orders', 'count'],
        ['spendCents', 'Spend', 'cents'],
      ];
      return answerTable(scope, columns, rows, bar('band', 'customers'));
    },
  };
}

export const spendBands = banded('spent', SPEND_BANDS, 'Spend');
export const ordersPerCustomer = banded('orders', ORDER_BANDS, 'Orders placed');
