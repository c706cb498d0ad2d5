import { z } from 'zod';
import { PURCHASE_ORDER_STATUSES } from '../purchase-order-status';
import { approvalInput } from './approval';
import { channel } from './channel';
import { cursor, id, optionalText, pageLimit } from './common';
import { MAX_DOCUMENT_LINES, distinctProductLines, lineQuantity, storeRef } from './stock';

/** Low stock, reorder suggestions and purchase orders (deliveries). */

/** $100,000 a unit: far above any grocery cost, and order totals stay exact integers. */
export const MAX_UNIT_COST_CENTS = 10_000_000;
export const MAX_DRAFT_GROUPS = 100;

/** Days of sales a reorder should cover beyond the supplier's lead time. */
export const REORDER_COVER_DAYS = 14;
/** The sales window velocity is measured over. */
export const VELOCITY_WINDOW_DAYS = 28;

const unitCostCents = z.number().int().min(0).max(MAX_UNIT_COST_CENTS);
const purchaseOrderLineInput = z.strictObject({ productId: id, quantity: lineQuantity, unitCostCents });
const purchaseOrderLines = distinctProductLines(purchaseOrderLineInput, MAX_DOCUMENT_LINES);
/** The day a delivery is expected, YYYY-MM-DD. */
const expectedDate = z.iso.date().nullable().optional();
const versioned = z.strictObject({ id, version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const lowStockRow = z.object({
  productId: id,
  sku: z.string(),
  name: z.string(),
  onHand: z.number().int(),
  /** The store's own reorder point, or the product's when the store has none. */
  reorderPoint: z.number().int(),
  reorderQty: z.number().int(),
  salesLast28Days: z.number().int(),
  /** Units sold per day over the last 28 days. */
  dailyVelocity: z.number(),
  /** Days until stock on hand runs out at that velocity; null when nothing sold. */
  daysOfCover: z.number().nullable(),
});
export type LowStockRow = z.infer<typeof lowStockRow>;

export const supplierRef = z.object({ id, name: z.string(), leadTimeDays: z.number().int() });

export const reorderSuggestionLine = z.object({
  productId: id,
  sku: z.string(),
  name: z.string(),
  supplierSku: z.string().nullable(),
  onHand: z.number().int(),
  /** Ordered on open purchase orders (drafts included) and not received yet. */
  onOrder: z.number().int(),
  reorderPoint: z.number().int(),
  reorderQty: z.number().int(),
  dailyVelocity: z.number(),
  suggestedQuantity: z.number().int(),
  /** The supplier's price; the product's average cost in the unassigned group. */
  unitCostCents: z.number().int(),
});

export const reorderSuggestionGroup = z.object({
  /** The product's cheapest supplier; null for products no supplier offers. */
  supplier: supplierRef.nullable(),
  lines: z.array(reorderSuggestionLine),
  totalCents: z.number().int(),
});
export type ReorderSuggestionGroup = z.infer<typeof reorderSuggestionGroup>;

export const purchaseOrderSummary = z.object({
  id,
  number: z.number().int(),
  store: storeRef,
  supplier: supplierRef,
  status: z.enum(PURCHASE_ORDER_STATUSES),
  version: z.number().int(),
  note: z.string().nullable(),
  expectedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  lineCount: z.number().int(),
  totalCents: z.number().int(),
});
export type PurchaseOrderSummary = z.infer<typeof purchaseOrderSummary>;

export const purchaseOrderDetail = purchaseOrderSummary.extend({
  /**
   * Whether the order's store is one the caller works in (or the caller is an admin): only then
   * may they change it or book its deliveries, as far as their role allows. Anyone else reads it.
   */
  inCallerStores: z.boolean(),
  lines: z.array(
    z.object({
      productId: id,
      sku: z.string(),
      barcode: z.string().nullable(),
      name: z.string(),
      supplierSku: z.string().nullable(),
      quantityOrdered: z.number().int(),
      quantityReceived: z.number().int(),
      /** Still to come; 0 once the line is complete or over-received. */
      outstanding: z.number().int(),
      unitCostCents: z.number().int(),
      lineTotalCents: z.number().int(),
    }),
  ),
});
export type PurchaseOrderDetail = z.infer<typeof purchaseOrderDetail>;

export const purchasingChannels = {
  /** Products at or below their reorder point in a store (default the caller's), most urgent first. */
  'lowStock.list': channel({
    input: z.strictObject({ storeId: id.optional(), cursor: cursor.optional(), limit: pageLimit }),
    output: z.object({ items: z.array(lowStockRow), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  /** What to order now for a store (default the caller's), grouped by the supplier to order from. */
  'purchasing.suggestReorders': channel({
    input: z.strictObject({ storeId: id.optional() }),
    output: z.object({ store: storeRef, groups: z.array(reorderSuggestionGroup) }),
    access: 'manager',
    writes: false,
  }),
  /** One draft purchase order per supplier group, in the caller's store. */
  'purchasing.createDrafts': channel({
    input: z.strictObject({
      groups: z
        .array(z.strictObject({ supplierId: id, lines: purchaseOrderLines }))
        .min(1)
        .max(MAX_DRAFT_GROUPS)
        .refine((groups) => new Set(groups.map((group) => group.supplierId)).size === groups.length, {
          message: 'Each supplier may appear only once',
        }),
      expectedAt: expectedDate,
    }),
    output: z.object({ purchaseOrders: z.array(purchaseOrderSummary) }),
    access: 'manager',
    writes: true,
  }),
  /** A store's purchase orders (default the caller's), newest number first. */
  'purchaseOrders.list': channel({
    input: z.strictObject({
      storeId: id.optional(),
      status: z.enum(PURCHASE_ORDER_STATUSES).optional(),
      supplierId: id.optional(),
      cursor: cursor.optional(),
      limit: pageLimit,
    }),
    output: z.object({ items: z.array(purchaseOrderSummary), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  'purchaseOrders.get': channel({
    input: z.strictObject({ id }),
    output: purchaseOrderDetail,
    access: 'clerk',
    writes: false,
  }),
  /** A draft in the caller's store. */
  'purchaseOrders.create': channel({
    input: z.strictObject({
      supplierId: id,
      lines: purchaseOrderLines,
      expectedAt: expectedDate,
      note: optionalText(500),
    }),
    output: purchaseOrderDetail,
    access: 'manager',
    writes: true,
  }),
  /** Replaces a draft's lines, expected date and note (absent means cleared); CONFLICT on a stale version. */
  'purchaseOrders.update': channel({
    input: versioned.extend({ lines: purchaseOrderLines, expectedAt: expectedDate, note: optionalText(500) }),
    output: purchaseOrderDetail,
    access: 'manager',
    writes: true,
    storeScoped: true,
  }),
  /** Draft → sent. */
  'purchaseOrders.send': channel({
    input: versioned,
    output: purchaseOrderDetail,
    access: 'manager',
    writes: true,
    storeScoped: true,
  }),
  /**
   * Draft, sent or partially received → cancelled. Cancelling a partially received order closes
   * it: what arrived stays in stock, the rest is no longer on order.
   */
  'purchaseOrders.cancel': channel({
    input: versioned,
    output: purchaseOrderDetail,
    access: 'manager',
    writes: true,
    storeScoped: true,
  }),
  /**
   * Books a delivery at the order's store by its staff (or an admin). More than outstanding needs
   * `confirmOverReceipt` (else CONFLICT with details.lines), and from a clerk also a manager's
   * `approval` (else FORBIDDEN, details ApprovalNeeded); a product not on the order is VALIDATION.
   * Given, `version` is the one the screen showed: a delivery booked since (a second tab, a second
   * press) is refused with CONFLICT and details.version instead of going into stock twice.
   */
  'purchaseOrders.receive': channel({
    input: z.strictObject({
      id,
      version: versioned.shape.version.optional(),
      lines: distinctProductLines(z.strictObject({ productId: id, quantity: lineQuantity }), MAX_DOCUMENT_LINES),
      confirmOverReceipt: z.boolean().default(false),
      approval: approvalInput.optional(),
    }),
    output: purchaseOrderDetail,
    access: 'clerk',
    writes: true,
    storeScoped: true,
  }),
};
