import type Database from 'better-sqlite3';
import { INTERACTION_KINDS, type CustomerProfile, type InteractionKind } from '../../../shared/contract/customers';
import {
  isCountedInteraction,
  purchasedProducts,
} from '../../../database/migrations/0027-customer-interaction-totals/interaction-count';
import { prepared } from '../../../database/prepared';
import { recentOrders } from './customer-orders';
import { homeStoreName, requireCustomer, storeCreditBalance } from './customer-record';
import { isStandingSale } from '../sales/sale-sql';
import { customerRfm } from './rfm-record';

const RECENT_ORDERS = 10;
const FAVOURITE_PRODUCTS = 5;
const FAVOURITE_CATEGORIES = 3;

/** The customer's purchases, from the totals the triggers keep (shared/sales.ts). */
const PURCHASES = `
  SELECT IFNULL(MAX(t."order_count"), 0) AS "orderCount", IFNULL(MAX(t."spend_cents"), 0) AS "lifetimeSpendCents",
         MAX(t."first_purchase_at") AS "firstPurchaseAt", MAX(t."last_purchase_at") AS "lastPurchaseAt"
  FROM "customer_totals" t WHERE t."customer_id" = ?`;

/**
 * The stores of the first and last standing sales, by the order lapsed-customers.ts uses for the
 * last one (placed_at, then id): two probes of IDX_orders_customer. Their dates are shown on
 * those stores' clocks.
 */
const PURCHASE_STORES = `
  SELECT (SELECT o."store_id" FROM "orders" o WHERE o."customer_id" = @id AND ${isStandingSale('o')}
          ORDER BY o."placed_at", o."id" LIMIT 1) AS "firstPurchaseStoreId",
         (SELECT o."store_id" FROM "orders" o WHERE o."customer_id" = @id AND ${isStandingSale('o')}
          ORDER BY o."placed_at" DESC, o."id" DESC LIMIT 1) AS "lastPurchaseStoreId"`;

const PURCHASED_LINES = `
  FROM "orders" o
  JOIN "order_lines" l ON l."order_id" = o."id"
  JOIN "products" p ON p."id" = l."product_id"`;

const FAVOURITE_PRODUCT_ROWS = `
  SELECT l."product_id" AS "productId", p."sku", p."name", SUM(l."quantity") AS "quantity" ${PURCHASED_LINES}
  WHERE o."customer_id" = ? AND ${isStandingSale('o')}
  GROUP BY l."product_id" ORDER BY "quantity" DESC, l."product_id" LIMIT ${FAVOURITE_PRODUCTS}`;

const FAVOURITE_CATEGORY_ROWS = `
  SELECT p."category_id" AS "categoryId", c."name", SUM(l."quantity") AS "quantity" ${PURCHASED_LINES}
  JOIN "categories" c ON c."id" = p."category_id"
  WHERE o."customer_id" = ? AND ${isStandingSale('o')}
  GROUP BY p."category_id" ORDER BY "quantity" DESC, p."category_id" LIMIT ${FAVOURITE_CATEGORIES}`;

/**
 * Interactions by kind, as migration 0027 defines and keeps their sum for Top customers: each
 * product of a standing sale is one purchase ('bought'), and every other interaction row counts
 * once (a purchase recorded with its order is that purchase again).
 */
const BOUGHT_COUNT = `SELECT COUNT(*) AS "count" FROM (${purchasedProducts('?')})`;

const OTHER_INTERACTIONS = `
  SELECT i."kind", COUNT(*) AS "count" FROM "customer_interactions" i
  WHERE i."customer_id" = ? AND ${isCountedInteraction('i')} GROUP BY i."kind"`;

/**
 * Everything the customer screen shows, from a handful of indexed lookups over this customer's
 * own rows (orders by IDX_orders_customer, their lines by order): its cost grows with the
 * customer's history, never with the size of the chain's.
 */
export function loadCustomerProfile(sql: Database.Database, id: number): CustomerProfile {
  const customer = requireCustomer(sql, id);
  const purchases = {
    ...(prepared(sql, PURCHASES).get(id) as Pick<
      CustomerProfile['purchases'],
      'orderCount' | 'lifetimeSpendCents' | 'firstPurchaseAt' | 'lastPurchaseAt'
    >),
    ...(prepared(sql, PURCHASE_STORES).get({ id }) as Pick<
      CustomerProfile['purchases'],
      'firstPurchaseStoreId' | 'lastPurchaseStoreId'
    >),
  };
  const interactionCounts = Object.fromEntries(INTERACTION_KINDS.map((kind) => [kind, 0])) as Record<
    InteractionKind,
    number
  >;
  const interactions = prepared(sql, OTHER_INTERACTIONS).all(id) as { kind: InteractionKind; count: number }[];
  for (const { kind, count } of interactions) interactionCounts[kind] = count;
  interactionCounts.bought += (prepared(sql, BOUGHT_COUNT).get(id) as { count: number }).count;

  const { uid: _uid, ...contact } = customer;
  return {
    ...contact,
    homeStoreName: homeStoreName(sql, customer),
    rfm: customerRfm(sql, id),
    storeCreditCents: storeCreditBalance(sql, id),
    purchases: {
      ...purchases,
      averageBasketCents:
        purchases.orderCount === 0 ? 0 : Math.round(purchases.lifetimeSpendCents / purchases.orderCount),
    },
    favouriteProducts: prepared(sql, FAVOURITE_PRODUCT_ROWS).all(id) as CustomerProfile['favouriteProducts'],
    favouriteCategories: prepared(sql, FAVOURITE_CATEGORY_ROWS).all(id) as CustomerProfile['favouriteCategories'],
    interactionCounts,
    recentOrders: recentOrders(sql, id, RECENT_ORDERS),
  };
}
