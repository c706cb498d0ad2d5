import type { HqMigration } from '../migration';

/**
 * A sale, as docs/sales.md defines it for the store's own figures: an order that is paid
 * (paid, fulfilled, delivered), or a paid order cancelled later (it has a return). It belongs to
 * the store-local day it was placed on; a return nets out on the local day it was taken.
 * PostgreSQL knows the IANA zones, so "local day" is the date on the store's wall clock.
 */
const SALE_ORDER = `(o."record"->>'status' IN ('paid', 'fulfilled', 'delivered')
  OR (o."record"->>'status' = 'cancelled' AND jsonb_array_length(COALESCE(o."record"->'returns', '[]')) > 0))`;

export const chainViewsMigration: HqMigration = {
  name: '0002-chain-views',
  statements: [
    `CREATE VIEW "chain_sales_by_store_day" AS
     SELECT s."source_uid", s."uid" AS "store_uid", s."record"->>'code' AS "store_code", s."record"->>'name' AS "store_name",
            (f."at" AT TIME ZONE (s."record"->>'time_zone'))::date AS "day",
            SUM(f."sale_orders")::bigint AS "sale_orders", SUM(f."sales_cents")::bigint AS "sales_cents",
            SUM(f."tax_cents")::bigint AS "tax_cents", SUM(f."returns")::bigint AS "returns",
            SUM(f."refund_cents")::bigint AS "refund_cents", (SUM(f."sales_cents") - SUM(f."refund_cents"))::bigint AS "net_cents"
     FROM (
       SELECT o."source_uid", o."record"->>'store_uid' AS "store_uid", (o."record"->>'placed_at')::timestamptz AS "at",
              1 AS "sale_orders", (o."record"->>'total_cents')::bigint AS "sales_cents", (o."record"->>'tax_cents')::bigint AS "tax_cents",
              0 AS "returns", 0::bigint AS "refund_cents"
       FROM "orders" o WHERE ${SALE_ORDER}
       UNION ALL
       SELECT o."source_uid", o."record"->>'store_uid', (r->>'created_at')::timestamptz, 0, 0, 0, 1, (r->>'refund_cents')::bigint
       FROM "orders" o CROSS JOIN jsonb_array_elements(COALESCE(o."record"->'returns', '[]')) r) f
     JOIN "stores" s ON s."source_uid" = f."source_uid" AND s."uid" = f."store_uid"
     GROUP BY 1, 2, 3, 4, 5`,
    // Stock on hand is the movement ledger summed, as stock_levels is on the store's side.
    `CREATE VIEW "chain_stock_by_store" AS
     SELECT m."source_uid", m."record"->>'store_uid' AS "store_uid", s."record"->>'name' AS "store_name",
            m."record"->>'product_uid' AS "product_uid", p."record"->>'sku' AS "sku", p."record"->>'name' AS "product_name",
            SUM((m."record"->>'quantity')::bigint)::bigint AS "on_hand"
     FROM "stock_movements" m
     LEFT JOIN "stores" s ON s."source_uid" = m."source_uid" AND s."uid" = m."record"->>'store_uid'
     LEFT JOIN "products" p ON p."source_uid" = m."source_uid" AND p."uid" = m."record"->>'product_uid'
     GROUP BY 1, 2, 3, 4, 5, 6`,
    `CREATE VIEW "chain_customers" AS
     SELECT c."source_uid", c."uid" AS "customer_uid", c."record"->>'first_name' AS "first_name",
            c."record"->>'last_name' AS "last_name", c."record"->>'email' AS "email",
            c."record"->>'home_store_uid' AS "home_store_uid",
            COUNT(o."uid")::bigint AS "sale_orders", COUNT(DISTINCT o."record"->>'store_uid')::bigint AS "stores_bought_in",
            COALESCE(SUM((o."record"->>'total_cents')::bigint), 0)::bigint AS "sales_cents",
            COALESCE(SUM((SELECT SUM((r->>'refund_cents')::bigint) FROM jsonb_array_elements(COALESCE(o."record"->'returns', '[]')) r)), 0)::bigint AS "refund_cents"
     FROM "customers" c
     LEFT JOIN "orders" o ON o."source_uid" = c."source_uid" AND o."record"->>'customer_uid' = c."uid" AND ${SALE_ORDER}
     GROUP BY 1, 2, 3, 4, 5, 6`,
  ],
};
