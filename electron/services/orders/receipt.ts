import type Database from 'better-sqlite3';
import type { PaymentMethod, Receipt } from '../../../shared/contract/orders';
import { AppError } from '../../../shared/errors';
import type { OrderStatus } from '../../../shared/order-status';
import { taxBreakdown } from '../../../shared/pricing';
import { prepared } from '../../../database/prepared';

interface HeaderRow {
  id: number;
  order_number: number;
  status: OrderStatus;
  channel: Receipt['channel'];
  placed_at: string;
  store_id: number;
  store_code: string;
  store_name: string;
  store_address: string | null;
  staff_id: number;
  staff_name: string;
  customer_id: number | null;
  customer_name: string | null;
  subtotal_cents: number;
  discount_cents: number;
  tax_cents: number;
  total_cents: number;
  approver_id: number | null;
  approver_name: string | null;
  approved_bp: number | null;
}

/** One row of ORDER_LINES. */
export interface LineRow {
  id: number;
  line_no: number;
  product_id: number;
  sku: string;
  name: string;
  quantity: number;
  unit_price_cents: number;
  discount_cents: number;
  tax_rate_bp: number;
  tax_cents: number;
  total_cents: number;
  returned: number;
}

interface PaymentRow {
  id: number;
  method: PaymentMethod;
  kind: 'payment' | 'refund';
  amount_cents: number;
  tendered_cents: number | null;
  change_cents: number | null;
  created_at: string;
}

interface ReturnRow {
  id: number;
  created_at: string;
  staff_id: number;
  staff_name: string;
  refund_to: 'original' | 'store_credit';
  refund_cents: number;
  note: string | null;
}

interface ReturnLineRow {
  return_id: number;
  order_line_id: number;
  line_no: number;
  quantity: number;
  restock: number;
  refund_cents: number;
}

const HEADER = `
  SELECT o."id", o."order_number", o."status", o."channel", o."placed_at", o."store_id",
         s."code" AS "store_code", s."name" AS "store_name", s."address" AS "store_address",
         o."staff_id", st."display_name" AS "staff_name",
         o."customer_id", c."first_name" || ' ' || c."last_name" AS "customer_name",
         o."subtotal_cents", o."discount_cents", o."tax_cents", o."total_cents",
         a."approved_by" AS "approver_id", ap."display_name" AS "approver_name", a."discount_bp" AS "approved_bp"
  FROM "orders" o
  JOIN "stores" s ON s."id" = o."store_id"
  JOIN "staff_members" st ON st."id" = o."staff_id"
  LEFT JOIN "customers" c ON c."id" = o."customer_id"
  LEFT JOIN "discount_approvals" a ON a."order_id" = o."id"
  LEFT JOIN "staff_members" ap ON ap."id" = a."approved_by"
  WHERE o."id" = ?`;

/** Lines in order, each with the units already brought back. */
export const ORDER_LINES = `
  SELECT l."id", l."line_no", l."product_id", p."sku", p."name", l."quantity", l."unit_price_cents", l."discount_cents",
         l."tax_rate_bp", l."tax_cents", l."total_cents",
         IFNULL((SELECT SUM(rl."quantity") FROM "order_return_lines" rl WHERE rl."order_line_id" = l."id"), 0) AS "returned"
  FROM "order_lines" l
  JOIN "products" p ON p."id" = l."product_id"
  WHERE l."order_id" = ?
  ORDER BY l."line_no"`;

const PAYMENTS = `
  SELECT "id", "method", "kind", "amount_cents", "tendered_cents", "change_cents", "created_at"
  FROM "payments" WHERE "order_id" = ? ORDER BY "id"`;

const RETURNS = `
  SELECT r."id", r."created_at", r."staff_id", s."display_name" AS "staff_name", r."refund_to", r."refund_cents", r."note"
  FROM "order_returns" r JOIN "staff_members" s ON s."id" = r."staff_id"
  WHERE r."order_id" = ? ORDER BY r."id"`;

const RETURN_LINES = `
  SELECT rl."return_id", rl."order_line_id", l."line_no", rl."quantity", rl."restock", rl."refund_cents"
  FROM "order_returns" r
  JOIN "order_return_lines" rl ON rl."return_id" = r."id"
  JOIN "order_lines" l ON l."id" = rl."order_line_id"
  WHERE r."order_id" = ? ORDER BY rl."id"`;

/** Everything printed on a receipt, returns included; NOT_FOUND for an unknown order. */
export function readReceipt(sql: Database.Database, orderId: number): Receipt {
  const header = prepared(sql, HEADER).get(orderId) as HeaderRow | undefined;
  if (!header) throw new AppError('NOT_FOUND', 'That order does not exist.', { orderId });
  const lines = (prepared(sql, ORDER_LINES).all(orderId) as LineRow[]).map((line) => ({
    id: line.id,
    lineNo: line.line_no,
    productId: line.product_id,
    sku: line.sku,
    name: line.name,
    quantity: line.quantity,
    unitPriceCents: line.unit_price_cents,
    discountCents: line.discount_cents,
    taxRateBp: line.tax_rate_bp,
    taxCents: line.tax_cents,
    totalCents: line.total_cents,
    returnedQuantity: line.returned,
  }));
  const payments = (prepared(sql, PAYMENTS).all(orderId) as PaymentRow[]).map((payment) => ({
    id: payment.id,
    method: payment.method,
    kind: payment.kind,
    amountCents: payment.amount_cents,
    tenderedCents: payment.tendered_cents,
    changeCents: payment.change_cents,
    createdAt: payment.created_at,
  }));
  const paid = payments.reduce((sum, p) => sum + (p.kind === 'payment' ? p.amountCents : 0), 0);
  const refunded = payments.reduce((sum, p) => sum + (p.kind === 'refund' ? p.amountCents : 0), 0);

  return {
    id: header.id,
    orderNumber: header.order_number,
    status: header.status,
    channel: header.channel,
    placedAt: header.placed_at,
    store: { id: header.store_id, code: header.store_code, name: header.store_name, address: header.store_address },
    staff: { id: header.staff_id, name: header.staff_name },
    customer: header.customer_id === null ? null : { id: header.customer_id, name: header.customer_name ?? '' },
    lines,
    taxBreakdown: taxBreakdown(lines.map((line) => ({ ...line, grossCents: line.quantity * line.unitPriceCents }))),
    subtotalCents: header.subtotal_cents,
    discountCents: header.discount_cents,
    taxCents: header.tax_cents,
    totalCents: header.total_cents,
    discountApproval:
      header.approver_id === null
        ? null
        : {
            approvedBy: { id: header.approver_id, name: header.approver_name ?? '' },
            discountBp: header.approved_bp ?? 0,
          },
    payments,
    paidCents: paid - refunded,
    refundedCents: refunded,
    changeCents: payments.reduce((sum, p) => sum + (p.changeCents ?? 0), 0),
    returns: readReturns(sql, orderId),
  };
}

function readReturns(sql: Database.Database, orderId: number): Receipt['returns'] {
  const returns = prepared(sql, RETURNS).all(orderId) as ReturnRow[];
  if (returns.length === 0) return [];
  const lines = prepared(sql, RETURN_LINES).all(orderId) as ReturnLineRow[];
  return returns.map((entry) => ({
    id: entry.id,
    createdAt: entry.created_at,
    staff: { id: entry.staff_id, name: entry.staff_name },
    refundTo: entry.refund_to,
    refundCents: entry.refund_cents,
    note: entry.note,
    lines: lines
      .filter((line) => line.return_id === entry.id)
      .map((line) => ({
        orderLineId: line.order_line_id,
        lineNo: line.line_no,
        quantity: line.quantity,
        restock: line.restock === 1,
        refundCents: line.refund_cents,
      })),
  }));
}
