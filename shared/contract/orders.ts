import { z } from 'zod';
import { ORDER_STATUSES } from '../order-status';
import { BP_PER_WHOLE } from '../pricing';
import { approvalInput } from './approval';
import { channel } from './channel';
import { cents, cursor, empty, id, optionalText, pageLimit } from './common';

/** Sales: pricing a cart, placing and paying orders, their lifecycle, returns and the end of the day. */

export const PAYMENT_METHODS = ['cash', 'card', 'voucher', 'store_credit', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const SALE_CHANNELS = ['till', 'phone', 'online'] as const;
export const REFUND_DESTINATIONS = ['original', 'store_credit'] as const;
/** Where an order can be moved by `orders.transition`; every order starts pending or paid. */
export const TRANSITION_TARGETS = ['paid', 'fulfilled', 'delivered', 'cancelled'] as const;

export const MAX_ORDER_LINES = 200;
export const MAX_SALE_QUANTITY = 10_000;
export const MAX_PAYMENTS = 10;
/** $1,000,000,000: any larger cart is refused, so every sum of cents stays an exact integer. */
export const MAX_ORDER_TOTAL_CENTS = 1_000_000_000_00;
export const DEFAULT_APPROVAL_THRESHOLD_BP = 1_000;
/** A clerk refunds up to $100 in one return alone. */
export const DEFAULT_REFUND_APPROVAL_CENTS = 10_000;
/** A clerk's count may change stock by up to $500 at cost (the sum of every line's difference, either way). */
export const DEFAULT_COUNT_APPROVAL_CENTS = 50_000;

const basisPoints = z.number().int().min(0).max(BP_PER_WHOLE);

/** `amount`: cents off; `percent`: basis points off (1000 = 10 %). */
export const discountInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('amount'), value: cents }),
  z.strictObject({ type: z.literal('percent'), value: basisPoints }),
]);

const saleQuantity = z.number().int().min(1).max(MAX_SALE_QUANTITY);

const quoteLine = z.strictObject({ productId: id, quantity: saleQuantity, discount: discountInput.optional() });

/** The till may send the unit price it showed, so a price conflict can say what changed. */
const placeLine = quoteLine.extend({ expectedUnitPriceCents: cents.optional() });

const paymentInput = z
  .strictObject({
    method: z.enum(PAYMENT_METHODS),
    /** What this payment settles of the order. */
    amountCents: cents.min(1),
    /** Cash only: what the customer handed over; the change is tendered − amount. */
    tenderedCents: cents.optional(),
  })
  .refine((payment) => payment.tenderedCents === undefined || payment.method === 'cash', {
    message: 'Only cash is tendered',
    path: ['tenderedCents'],
  })
  .refine((payment) => payment.tenderedCents === undefined || payment.tenderedCents >= payment.amountCents, {
    message: 'Less cash was tendered than the amount it pays',
    path: ['tenderedCents'],
  });

const payments = z.array(paymentInput).max(MAX_PAYMENTS);

/** ISO-8601 instant in UTC ("2026-11-25T09:00:00Z" or with milliseconds). */
const instant = z.iso.datetime();

// ---------------------------------------------------------------------------------------------
// Shapes

const named = z.object({ id, name: z.string() });

const taxBand = z.object({ rateBp: z.number().int(), netCents: z.number().int(), taxCents: z.number().int() });

export const quote = z.object({
  lines: z.array(
    z.object({
      productId: id,
      sku: z.string(),
      name: z.string(),
      quantity: z.number().int(),
      unitPriceCents: z.number().int(),
      grossCents: z.number().int(),
      lineDiscountCents: z.number().int(),
      orderDiscountCents: z.number().int(),
      discountCents: z.number().int(),
      taxRateBp: z.number().int(),
      taxCents: z.number().int(),
      totalCents: z.number().int(),
      /** Stock on hand in the caller's store. */
      onHand: z.number().int(),
    }),
  ),
  subtotalCents: z.number().int(),
  discountCents: z.number().int(),
  orderDiscountCents: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
  taxBreakdown: z.array(taxBand),
  /** The deepest discount any line gets, as a share of its gross. */
  discountBp: z.number().int(),
  approvalThresholdBp: z.number().int(),
  /** Placing needs a manager's approval (or a manager placing it). */
  needsApproval: z.boolean(),
  /** Products this cart would take below zero (placing refuses unless the product allows backorders). */
  stockWarnings: z.array(
    z.object({
      productId: id,
      name: z.string(),
      onHand: z.number().int(),
      requested: z.number().int(),
      allowBackorder: z.boolean(),
    }),
  ),
  customer: z.object({ id, name: z.string(), storeCreditCents: z.number().int() }).nullable(),
});
export type Quote = z.infer<typeof quote>;

export const receiptLine = z.object({
  id,
  lineNo: z.number().int(),
  productId: id,
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  /** The line's own discount and its share of the order discount, together. */
  discountCents: z.number().int(),
  taxRateBp: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
  /** Units already brought back, across every return. */
  returnedQuantity: z.number().int(),
});

export const paymentRow = z.object({
  id,
  method: z.enum(PAYMENT_METHODS),
  kind: z.enum(['payment', 'refund']),
  amountCents: z.number().int(),
  tenderedCents: z.number().int().nullable(),
  changeCents: z.number().int().nullable(),
  createdAt: z.string(),
});

export const returnSummary = z.object({
  id,
  createdAt: z.string(),
  staff: named,
  refundTo: z.enum(REFUND_DESTINATIONS),
  refundCents: z.number().int(),
  note: z.string().nullable(),
  lines: z.array(
    z.object({
      orderLineId: id,
      lineNo: z.number().int(),
      quantity: z.number().int(),
      restock: z.boolean(),
      refundCents: z.number().int(),
    }),
  ),
});

export const receipt = z.object({
  id,
  orderNumber: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(SALE_CHANNELS),
  placedAt: z.string(),
  store: z.object({ id, code: z.string(), name: z.string(), address: z.string().nullable() }),
  staff: named,
  customer: named.nullable(),
  lines: z.array(receiptLine),
  taxBreakdown: z.array(taxBand),
  subtotalCents: z.number().int(),
  discountCents: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
  /** Who approved a discount above the threshold, and how deep it went. */
  discountApproval: z.object({ approvedBy: named, discountBp: z.number().int() }).nullable(),
  /** Payments and refunds in the order they happened. */
  payments: z.array(paymentRow),
  /** Payments less refunds. */
  paidCents: z.number().int(),
  refundedCents: z.number().int(),
  changeCents: z.number().int(),
  returns: z.array(returnSummary),
});
export type Receipt = z.infer<typeof receipt>;

export const orderDetail = receipt.extend({
  /** Oldest first; the first entry is the order's creation (from: null). */
  history: z.array(
    z.object({
      from: z.enum(ORDER_STATUSES).nullable(),
      to: z.enum(ORDER_STATUSES),
      at: z.string(),
      staff: named.nullable(),
    }),
  ),
  /** What the caller may do next: transitions their role allows from this status, and whether a return can be taken. */
  allowedActions: z.object({ transitions: z.array(z.enum(TRANSITION_TARGETS)), canReturn: z.boolean() }),
});
export type OrderDetail = z.infer<typeof orderDetail>;

export const orderRow = z.object({
  id,
  orderNumber: z.number().int(),
  storeId: id,
  placedAt: z.string(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(SALE_CHANNELS),
  customer: named.nullable(),
  staff: named,
  lineCount: z.number().int(),
  totalCents: z.number().int(),
});
export type OrderRow = z.infer<typeof orderRow>;

export const orderListInput = z.strictObject({
  /** Default: the caller's store. */
  storeId: id.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  /** Placed at or after this instant. */
  from: instant.optional(),
  /** Placed before this instant. */
  to: instant.optional(),
  /** Placed on or after this day of the store's own clock (YYYY-MM-DD). */
  fromDay: z.iso.date().optional(),
  /** Placed on or before this day of the store's own clock (YYYY-MM-DD), the whole day included. */
  toDay: z.iso.date().optional(),
  staffId: id.optional(),
  customerId: id.optional(),
  /** Orders with at least one payment (not refund) by this method. */
  paymentMethod: z.enum(PAYMENT_METHODS).optional(),
  minTotalCents: cents.optional(),
  maxTotalCents: cents.optional(),
  orderNumber: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  cursor: cursor.optional(),
  limit: pageLimit,
});
export type OrderListInput = z.input<typeof orderListInput>;

export const endOfDay = z.object({
  store: z.object({ id, code: z.string(), name: z.string() }),
  /** The store-local date reported on. */
  date: z.string(),
  /** The store's IANA time zone, whose day it is. */
  timeZone: z.string(),
  /** The local day as UTC instants [from, to): 23 or 25 hours around a clock change. */
  from: z.string(),
  to: z.string(),
  /**
   * Orders placed that day and paid (cancelled ones included: their refunds are under returns):
   * net revenue before tax after discounts, the discounts given, and the tax charged, as
   * analytics counts them (docs/sales.md).
   */
  sales: z.object({
    count: z.number().int(),
    netCents: z.number().int(),
    discountCents: z.number().int(),
    taxCents: z.number().int(),
  }),
  taxBreakdown: z.array(taxBand),
  /** Orders placed that day and still waiting for payment, with tax. */
  pending: z.object({ count: z.number().int(), totalCents: z.number().int() }),
  /** Orders cancelled that day. */
  cancelled: z.object({ count: z.number().int() }),
  /** Returns taken that day (a cancelled paid order counts as one return): before tax, the tax they gave back, and both refunded. */
  returns: z.object({
    count: z.number().int(),
    netCents: z.number().int(),
    taxRefundedCents: z.number().int(),
    refundCents: z.number().int(),
  }),
  /** Sales less returns of the day: before tax (analytics' net revenue), their tax, and both. */
  net: z.object({ salesCents: z.number().int(), taxCents: z.number().int(), totalCents: z.number().int() }),
  /** Money moved that day, by method: payments less refunds. */
  payments: z.array(
    z.object({
      method: z.enum(PAYMENT_METHODS),
      paymentsCents: z.number().int(),
      refundsCents: z.number().int(),
      netCents: z.number().int(),
    }),
  ),
  /** What the drawer should hold from the day's trade: tendered − change − cash refunds. */
  cash: z.object({
    tenderedCents: z.number().int(),
    changeCents: z.number().int(),
    refundsCents: z.number().int(),
    expectedCents: z.number().int(),
  }),
});
export type EndOfDay = z.infer<typeof endOfDay>;

export const salesSettings = z.object({
  /** Discounts deeper than this on any line need a manager's approval. */
  approvalThresholdBp: z.number().int(),
  /** A clerk's return refunding more than this needs a manager's approval. */
  refundApprovalCents: z.number().int(),
  /** A clerk's count changing stock by more than this at cost (|counted − expected| × cost, summed) needs one too. */
  countApprovalCents: z.number().int(),
});

// ---------------------------------------------------------------------------------------------

export const ordersChannels = {
  /** Prices a cart from the catalog (never from the till's prices) with stock warnings; writes nothing. */
  'orders.quote': channel({
    input: z.strictObject({
      lines: z.array(quoteLine).min(1).max(MAX_ORDER_LINES),
      orderDiscount: discountInput.optional(),
      customerId: id.optional(),
    }),
    output: quote,
    access: 'clerk',
    writes: false,
  }),
  /**
   * Places an order in the caller's store, all or nothing. CONFLICT (details {lines, totalCents})
   * when the catalog's total differs from `expectedTotalCents`; FORBIDDEN when a discount above
   * the threshold lacks a manager's approval; INSUFFICIENT_STOCK naming the product; VALIDATION
   * "... still due" when payments do not add up to the total. Payments must add up exactly;
   * only cash may be over-tendered (the rest is change). `savePending` (phone and online) saves
   * it unpaid. The same `idempotencyKey` again returns the same order; with another cart, customer
   * or total it is CONFLICT (details {placedOrderId, orderNumber}) and nothing is sold.
   */
  'orders.place': channel({
    input: z.strictObject({
      idempotencyKey: z.uuid(),
      channel: z.enum(SALE_CHANNELS).default('till'),
      customerId: id.optional(),
      lines: z.array(placeLine).min(1).max(MAX_ORDER_LINES),
      orderDiscount: discountInput.optional(),
      expectedTotalCents: cents,
      payments: payments.default([]),
      approval: approvalInput.optional(),
      savePending: z.boolean().default(false),
    }),
    output: receipt,
    access: 'clerk',
    writes: true,
  }),
  'orders.getReceipt': channel({ input: z.strictObject({ id }), output: receipt, access: 'clerk', writes: false }),
  /**
   * Moves an order along shared/order-status.ts; anything else is CONFLICT. Paying a pending
   * order needs `payments` adding up to its total. Cancelling needs a manager; cancelling a paid
   * order refunds what is left to the original methods and restocks what was not returned.
   */
  'orders.transition': channel({
    input: z.strictObject({
      id,
      to: z.enum(TRANSITION_TARGETS),
      payments: payments.optional(),
      reason: optionalText(500),
    }),
    output: orderDetail,
    access: 'clerk',
    writes: true,
    storeScoped: true,
  }),
  /**
   * Takes units back from a paid order of the caller's store and refunds them pro rata, to the
   * original payments (latest first) or as store credit (needs the order's customer). A clerk's
   * refund above the refund threshold needs `approval` (else FORBIDDEN, details ApprovalNeeded).
   */
  'orders.return': channel({
    input: z.strictObject({
      orderId: id,
      lines: z
        .array(z.strictObject({ orderLineId: id, quantity: saleQuantity, restock: z.boolean() }))
        .min(1)
        .max(MAX_ORDER_LINES)
        .refine((lines) => new Set(lines.map((line) => line.orderLineId)).size === lines.length, {
          message: 'Each order line may appear only once',
        }),
      refundTo: z.enum(REFUND_DESTINATIONS),
      note: optionalText(500),
      approval: approvalInput.optional(),
    }),
    output: z.object({
      returnId: id,
      refundCents: z.number().int(),
      refunds: z.array(z.object({ method: z.enum(PAYMENT_METHODS), amountCents: z.number().int() })),
      order: orderDetail,
    }),
    access: 'clerk',
    writes: true,
    storeScoped: true,
  }),
  /**
   * Newest first by keyset. Each page examines a bounded stretch of orders, so with filters that
   * match rarely a page may hold fewer than `limit` rows while `nextCursor` still leads on.
   */
  'orders.list': channel({
    input: orderListInput,
    output: z.object({ items: z.array(orderRow), nextCursor: z.string().nullable() }),
    access: 'clerk',
    writes: false,
  }),
  'orders.get': channel({ input: z.strictObject({ id }), output: orderDetail, access: 'clerk', writes: false }),
  /** One store's day (default the caller's) on the store's own clock; no date means today there. */
  'orders.endOfDay': channel({
    input: z.strictObject({ storeId: id.optional(), date: z.iso.date().optional() }),
    output: endOfDay,
    access: 'manager',
    writes: false,
    runsOn: 'reader',
  }),
  'settings.getSales': channel({ input: empty, output: salesSettings, access: 'clerk', writes: false }),
  /** Changes the settings given; those left out stay as they are. */
  'settings.setSales': channel({
    input: z
      .strictObject({
        approvalThresholdBp: basisPoints.optional(),
        refundApprovalCents: cents.optional(),
        countApprovalCents: cents.optional(),
      })
      .refine((settings) => Object.keys(settings).length > 0, { message: 'Give at least one setting' }),
    output: salesSettings,
    access: 'admin',
    writes: true,
  }),
};
