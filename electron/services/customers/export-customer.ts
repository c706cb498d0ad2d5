import type Database from 'better-sqlite3';
import type { CustomerExport } from '../../../shared/contract/customers';
import { prepared } from '../../../database/prepared';
import { homeStoreName, requireCustomer, storeCreditBalance } from './customer-record';
import { customerRfm } from './rfm-record';

type ExportedOrder = CustomerExport['orders'][number];
type ExportedReturn = ExportedOrder['returns'][number];

/** Rows of the customer's orders (alias o) and what hangs off them, each kind in one statement. */
const OF_CUSTOMER_ORDERS = 'FROM "orders" o';
const CUSTOMER = 'WHERE o."customer_id" = ?';

const ORDERS = `
  SELECT o."id", o."uid", o."order_number" AS "number", st."name" AS "storeName", o."channel", o."status",
         o."placed_at" AS "placedAt", o."subtotal_cents" AS "subtotalCents", o."discount_cents" AS "discountCents",
         o."tax_cents" AS "taxCents", o."total_cents" AS "totalCents"
  ${OF_CUSTOMER_ORDERS} JOIN "stores" st ON st."id" = o."store_id" ${CUSTOMER}
  ORDER BY o."placed_at", o."id"`;

const LINES = `
  SELECT l."order_id" AS "orderId", l."line_no" AS "lineNo", l."product_id" AS "productId", p."sku",
         p."name" AS "productName", l."quantity", l."unit_price_cents" AS "unitPriceCents",
         l."discount_cents" AS "discountCents", l."tax_cents" AS "taxCents", l."total_cents" AS "totalCents"
  ${OF_CUSTOMER_ORDERS} JOIN "order_lines" l ON l."order_id" = o."id" JOIN "products" p ON p."id" = l."product_id"
  ${CUSTOMER} ORDER BY l."order_id", l."line_no"`;

const PAYMENTS = `
  SELECT pay."order_id" AS "orderId", pay."method", pay."kind", pay."amount_cents" AS "amountCents",
         pay."created_at" AS "createdAt"
  ${OF_CUSTOMER_ORDERS} JOIN "payments" pay ON pay."order_id" = o."id" ${CUSTOMER} ORDER BY pay."id"`;

const RETURNS = `
  SELECT r."id", r."order_id" AS "orderId", r."created_at" AS "createdAt", r."refund_to" AS "refundTo",
         r."refund_cents" AS "refundCents", r."note"
  ${OF_CUSTOMER_ORDERS} JOIN "order_returns" r ON r."order_id" = o."id" ${CUSTOMER} ORDER BY r."id"`;

const RETURN_LINES = `
  SELECT rl."return_id" AS "returnId", rl."order_line_id" AS "orderLineId", rl."quantity", rl."refund_cents" AS "refundCents"
  ${OF_CUSTOMER_ORDERS} JOIN "order_returns" r ON r."order_id" = o."id" JOIN "order_return_lines" rl ON rl."return_id" = r."id"
  ${CUSTOMER} ORDER BY rl."id"`;

const INTERACTIONS = `
  SELECT i."product_id" AS "productId", p."name" AS "productName", i."kind", i."quantity", i."rating",
         i."order_id" AS "orderId", i."occurred_at" AS "occurredAt"
  FROM "customer_interactions" i JOIN "products" p ON p."id" = i."product_id"
  WHERE i."customer_id" = ? ORDER BY i."occurred_at", i."id"`;

const CREDIT_ENTRIES = `
  SELECT "amount_cents" AS "amountCents", "reason", "order_id" AS "orderId", "return_id" AS "returnId",
         "created_at" AS "createdAt"
  FROM "store_credit_entries" WHERE "customer_id" = ? ORDER BY "id"`;

/** A deleted message has no record, so only what can still be read is found. */
const MESSAGES = `
  SELECT "body", "created_at" AS "postedAt", "edited_at" AS "editedAt"
  FROM "messages" WHERE "record_kind" = 'customer' AND "record_id" = ? ORDER BY "id"`;

/** Groups rows under their parent's id, keeping their order, without the parent id itself. */
function byParent<K extends string, R extends Record<K, number>>(rows: R[], key: K): Map<number, Omit<R, K>[]> {
  const groups = new Map<number, Omit<R, K>[]>();
  for (const { [key]: parent, ...row } of rows) {
    let group = groups.get(parent);
    if (!group) groups.set(parent, (group = []));
    group.push(row);
  }
  return groups;
}

/**
 * Everything Backroom holds about one person, for a data request (access or portability):
 * contact details and consent, scores, every order with its lines, payments and returns, every
 * recorded interaction, the store-credit ledger and the staff messages about them. Plain JSON,
 * ready to hand over.
 */
export function exportCustomer(sql: Database.Database, now: Date, id: number): CustomerExport {
  const customer = requireCustomer(sql, id);
  const lines = byParent(
    prepared(sql, LINES).all(id) as (ExportedOrder['lines'][number] & { orderId: number })[],
    'orderId',
  );
  const payments = byParent(
    prepared(sql, PAYMENTS).all(id) as (ExportedOrder['payments'][number] & { orderId: number })[],
    'orderId',
  );
  const returnLines = byParent(
    prepared(sql, RETURN_LINES).all(id) as (ExportedReturn['lines'][number] & { returnId: number })[],
    'returnId',
  );
  const returns = byParent(
    (prepared(sql, RETURNS).all(id) as (Omit<ExportedReturn, 'lines'> & { orderId: number })[]).map((row) => ({
      ...row,
      lines: returnLines.get(row.id) ?? [],
    })),
    'orderId',
  );
  const orders = (prepared(sql, ORDERS).all(id) as Omit<ExportedOrder, 'lines' | 'payments' | 'returns'>[]).map(
    (order) => ({
      ...order,
      lines: lines.get(order.id) ?? [],
      payments: payments.get(order.id) ?? [],
      returns: returns.get(order.id) ?? [],
    }),
  );

  return {
    exportedAt: now.toISOString(),
    customer: {
      id: customer.id,
      uid: customer.uid,
      firstName: customer.firstName,
      lastName: customer.lastName,
      email: customer.email,
      phone: customer.phone,
      notes: customer.notes,
      homeStoreName: homeStoreName(sql, customer),
      archivedAt: customer.archivedAt,
      createdAt: customer.createdAt,
      updatedAt: customer.updatedAt,
    },
    consent: { marketing: customer.marketingConsent },
    rfm: customerRfm(sql, id),
    orders,
    interactions: prepared(sql, INTERACTIONS).all(id) as CustomerExport['interactions'],
    storeCredit: {
      balanceCents: storeCreditBalance(sql, id),
      entries: prepared(sql, CREDIT_ENTRIES).all(id) as CustomerExport['storeCredit']['entries'],
    },
    messages: prepared(sql, MESSAGES).all(id) as CustomerExport['messages'],
  };
}
