import { z } from 'zod';
import { approvalInput } from './approval';
import { channel } from './channel';
import { cursor, id, optionalText, pageLimit } from './common';

/** Stock movements, counts and transfers between stores. */

export const MOVEMENT_KINDS = ['receipt', 'sale', 'return', 'adjustment', 'count', 'transfer'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const ADJUSTMENT_REASONS = ['damaged', 'expired', 'theft', 'correction'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export const TRANSFER_STATUSES = ['in_transit', 'received'] as const;

/** Far above any real delivery or shelf, low enough that sums of lines stay exact integers. */
export const MAX_LINE_QUANTITY = 1_000_000;
export const MAX_COUNT_LINES = 5_000;
export const MAX_DOCUMENT_LINES = 1_000;

/** Units of one product on one line: a whole, positive number. */
export const lineQuantity = z.number().int().min(1).max(MAX_LINE_QUANTITY);

/** Lines of one document (count, transfer, purchase order): at least one, each product once. */
export function distinctProductLines<L extends z.ZodType<{ productId: number }>>(line: L, max: number) {
  return z
    .array(line)
    .min(1)
    .max(max)
    .refine((lines) => new Set(lines.map((entry) => entry.productId)).size === lines.length, {
      message: 'Each product may appear only once',
    });
}

export const storeRef = z.object({ id, name: z.string() });

export const movementReference = z.object({
  type: z.enum(['order', 'purchaseOrder', 'transfer', 'count']),
  id,
  /** "Order #1042", "PO 17", "Transfer #5", "Count #3": what a person recognises. */
  label: z.string(),
});

export const stockMovementRow = z.object({
  id,
  kind: z.enum(MOVEMENT_KINDS),
  reason: z.enum(ADJUSTMENT_REASONS).nullable(),
  /** Signed change of stock on hand. */
  quantity: z.number().int(),
  unitCostCents: z.number().int().nullable(),
  staffName: z.string().nullable(),
  note: z.string().nullable(),
  occurredAt: z.string(),
  reference: movementReference.nullable(),
});
export type StockMovementRow = z.infer<typeof stockMovementRow>;

export const countSheetRow = z.object({
  productId: id,
  sku: z.string(),
  barcode: z.string().nullable(),
  name: z.string(),
  categoryName: z.string().nullable(),
  onHand: z.number().int(),
});

export const stockCountSheet = z.object({
  id,
  store: storeRef,
  countedBy: z.object({ id, name: z.string() }),
  countedAt: z.string(),
  note: z.string().nullable(),
  lines: z.array(
    z.object({
      productId: id,
      sku: z.string(),
      name: z.string(),
      expected: z.number().int(),
      counted: z.number().int(),
      /** counted − expected: what the count added to (or took from) stock on hand. */
      difference: z.number().int(),
    }),
  ),
});
export type StockCountSheet = z.infer<typeof stockCountSheet>;

export const transferSummary = z.object({
  id,
  fromStore: storeRef,
  toStore: storeRef,
  status: z.enum(TRANSFER_STATUSES),
  sentAt: z.string(),
  sentByName: z.string(),
  receivedAt: z.string().nullable(),
  receivedByName: z.string().nullable(),
  note: z.string().nullable(),
  lineCount: z.number().int(),
  unitsSent: z.number().int(),
  unitsReceived: z.number().int().nullable(),
});
export type TransferSummary = z.infer<typeof transferSummary>;

export const transferDetail = transferSummary.extend({
  lines: z.array(
    z.object({
      productId: id,
      sku: z.string(),
      name: z.string(),
      quantitySent: z.number().int(),
      quantityReceived: z.number().int().nullable(),
      /** received − sent once received (negative: lost in transit), null while in transit. */
      discrepancy: z.number().int().nullable(),
    }),
  ),
});
export type TransferDetail = z.infer<typeof transferDetail>;

const signedQuantity = z
  .number()
  .int()
  .min(-MAX_LINE_QUANTITY)
  .max(MAX_LINE_QUANTITY)
  .refine((value) => value !== 0, { message: 'An adjustment changes stock by at least one unit' });

export const stockChannels = {
  /** A write-off or correction in the caller's store; refused with INSUFFICIENT_STOCK below zero. */
  'stock.adjust': channel({
    input: z.strictObject({
      productId: id,
      quantity: signedQuantity,
      reason: z.enum(ADJUSTMENT_REASONS),
      note: optionalText(500),
    }),
    output: z.object({ movementId: id, productId: id, storeId: id, onHand: z.number().int() }),
    access: 'manager',
    writes: true,
  }),
  /** A product's ledger in one store (default the caller's), newest recorded first. */
  'stock.listMovements': channel({
    input: z.strictObject({ productId: id, storeId: id.optional(), cursor: cursor.optional(), limit: pageLimit }),
    output: z.object({ items: z.array(stockMovementRow), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  /**
   * Books a count in the caller's store: stock on hand becomes what was counted. A clerk's count
   * changing stock by more than the count threshold at cost (settings.getSales) needs `approval`
   * (else FORBIDDEN, details ApprovalNeeded).
   */
  'stock.applyCount': channel({
    input: z.strictObject({
      lines: distinctProductLines(
        z.strictObject({ productId: id, counted: z.number().int().min(0).max(MAX_LINE_QUANTITY) }),
        MAX_COUNT_LINES,
      ),
      note: optionalText(500),
      approval: approvalInput.optional(),
    }),
    output: z.object({
      countId: id,
      /** Lines counted. */
      lines: z.number().int(),
      /** Lines whose count differed from stock on hand, each booked as one movement. */
      changed: z.number().int(),
    }),
    access: 'clerk',
    writes: true,
  }),
  'stock.getCount': channel({
    input: z.strictObject({ id }),
    output: stockCountSheet,
    access: 'clerk',
    writes: false,
  }),
  /** A blank count sheet: products of the caller's store (a category's subtree if given) by name. */
  'stock.countSheet': channel({
    input: z.strictObject({
      categoryId: id.optional(),
      cursor: cursor.optional(),
      limit: z.number().int().min(1).max(MAX_COUNT_LINES).default(1_000),
    }),
    output: z.object({ store: storeRef, items: z.array(countSheetRow), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  /** Stock leaves the caller's store now and is in transit until the other store receives it. */
  'transfers.send': channel({
    input: z.strictObject({
      toStoreId: id,
      lines: distinctProductLines(z.strictObject({ productId: id, quantity: lineQuantity }), MAX_DOCUMENT_LINES),
      note: optionalText(500),
    }),
    output: transferDetail,
    access: 'clerk',
    writes: true,
  }),
  /** By staff of the receiving store (or an admin); every line of the transfer once, with what actually arrived. */
  'transfers.receive': channel({
    input: z.strictObject({
      id,
      lines: distinctProductLines(
        z.strictObject({ productId: id, quantityReceived: z.number().int().min(0).max(MAX_LINE_QUANTITY) }),
        MAX_DOCUMENT_LINES,
      ),
    }),
    output: transferDetail,
    access: 'clerk',
    writes: true,
    storeScoped: true,
  }),
  /** Transfers into or out of a store (default the caller's), newest first. */
  'transfers.list': channel({
    input: z.strictObject({
      storeId: id.optional(),
      direction: z.enum(['incoming', 'outgoing', 'both']).default('both'),
      status: z.enum(TRANSFER_STATUSES).optional(),
      cursor: cursor.optional(),
      limit: pageLimit,
    }),
    output: z.object({ items: z.array(transferSummary), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  'transfers.get': channel({ input: z.strictObject({ id }), output: transferDetail, access: 'clerk', writes: false }),
};
