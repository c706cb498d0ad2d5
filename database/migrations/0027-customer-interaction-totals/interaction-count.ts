/**
 * What counts as one of a customer's interactions, in one place: the profile's counts by kind,
 * the backfill of customer_interaction_totals and its triggers' recompute all read these
 * fragments, so the number beside a customer in Top customers is the sum their profile shows.
 *
 * Purchases are counted from the orders themselves, as the customer's suggestions read them
 * (recommendations/customer-history.ts): one per product of each standing sale, the row order
 * placement records. So a cancelled order is no purchase, and orders written without
 * those rows (the demo data, a bulk import) count all the same. Interactions recorded with an
 * order are those purchases again and are left out; every other interaction row counts once,
 * purchases imported without an order included.
 */

/**
 * A standing sale by shared/sales.ts ('paid', 'fulfilled', 'delivered'), written out: a
 * migration's text is frozen, and the figures tests prove it agrees with sale-sql.ts.
 */
export const STANDING_SALE = `IN ('paid', 'fulfilled', 'delivered')`;

/** Interaction row `alias` counts by itself: it is not a purchase recorded with its order. */
export const isCountedInteraction = (alias: string) => `(${alias}."kind" <> 'bought' OR ${alias}."order_id" IS NULL)`;

/**
 * The purchases of `customer` (an SQL expression): one row per order and product of their
 * standing sales, read through IDX_orders_customer and each order's own lines.
 */
export const purchasedProducts = (customer: string) => `
  SELECT DISTINCT purchase_line."order_id", purchase_line."product_id"
  FROM "orders" purchase_order JOIN "order_lines" purchase_line ON purchase_line."order_id" = purchase_order."id"
  WHERE purchase_order."customer_id" = ${customer} AND purchase_order."status" ${STANDING_SALE}`;

/** All the interactions of `customer`, the sum of the profile's counts by kind; 0 for NULL. */
export const interactionCount = (customer: string) => `(
  (SELECT COUNT(*) FROM "customer_interactions" counted
   WHERE counted."customer_id" = ${customer} AND ${isCountedInteraction('counted')})
  + (SELECT COUNT(*) FROM (${purchasedProducts(customer)})))`;
