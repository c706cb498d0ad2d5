import { z } from 'zod';
import { ORDER_STATUSES } from '../order-status';
import { toStoredPhone } from '../phone';
import { channel } from './channel';
import { cursor, empty, id, optionalText, pageLimit, text } from './common';
import { PAYMENT_METHODS, REFUND_DESTINATIONS, SALE_CHANNELS } from './orders';

/**
 * Customers: finding one at the till, their profile and history, keeping contact details right,
 * merging duplicates, RFM segments, and the data-protection requests (export, anonymize).
 */

/**
 * RFM segments, named from the recency (R) and frequency (F) scores, 1–5 each (5 = most recent,
 * most orders). Every (R, F) pair has exactly one segment:
 *
 *   R \ F   1               2                    3                    4                5
 *   5       new             potential_loyalists  potential_loyalists  champions        champions
 *   4       new             potential_loyalists  potential_loyalists  loyal            loyal
 *   3       need_attention  need_attention       need_attention       loyal            loyal
 *   2       hibernating     hibernating          at_risk              at_risk          cant_lose_them
 *   1       lost            lost                 at_risk              at_risk          cant_lose_them
 */
export const CUSTOMER_SEGMENTS = [
  'champions',
  'loyal',
  'potential_loyalists',
  'new',
  'need_attention',
  'at_risk',
  'cant_lose_them',
  'hibernating',
  'lost',
] as const;
export type CustomerSegmentName = (typeof CUSTOMER_SEGMENTS)[number];

export const SEGMENT_LABELS: Readonly<Record<CustomerSegmentName, string>> = {
  champions: 'Champions',
  loyal: 'Loyal',
  potential_loyalists: 'Potential loyalists',
  new: 'New',
  need_attention: 'Need attention',
  at_risk: 'At risk',
  cant_lose_them: "Can't lose them",
  hibernating: 'Hibernating',
  lost: 'Lost',
};

/** Days of history RFM scores look at, back from the moment of the recompute. */
export const RFM_WINDOW_DAYS = 365;

export const INTERACTION_KINDS = ['viewed', 'added_to_cart', 'bought', 'rated'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** 'bought' is recorded with the sale itself, never by hand. */
export const RECORDABLE_INTERACTION_KINDS = ['viewed', 'added_to_cart', 'rated'] as const;

/** name: A→Z by last then first name. lastPurchase and spend: from the last RFM recompute, best first. */
export const CUSTOMER_LIST_SORTS = ['name', 'lastPurchase', 'spend'] as const;
export type CustomerListSort = (typeof CUSTOMER_LIST_SORTS)[number];

/** What anonymizing leaves of a name. */
export const ANONYMIZED_NAME = { firstName: 'Anonymized', lastName: 'customer' } as const;

/**
 * Whether nothing of the person is left: anonymizing leaves exactly this, archived for good. An
 * archived customer who is still someone (let go, or a merged duplicate) may be restored, or still
 * be asked to be forgotten.
 */
export function isAnonymized(customer: {
  archived: boolean;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
}): boolean {
  return (
    customer.archived &&
    customer.firstName === ANONYMIZED_NAME.firstName &&
    customer.lastName === ANONYMIZED_NAME.lastName &&
    customer.email === null &&
    customer.phone === null &&
    customer.notes === null
  );
}

export const MAX_SEARCH_MATCHES = 20;

/** The longest a customer may go without buying and still be asked about as lapsed: ten years. */
export const MAX_LAPSED_DAYS = 3650;

// ---------------------------------------------------------------------------------------------
// Fields a person types

/** A tab pasted in becomes a space, as in every name (`text`); other control characters cannot be typed. */
const personName = text(80).regex(/^[^\p{Cc}]+$/u, 'Use printable characters only');

/** An empty box clears the email. Unique among customers whatever its case. */
const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .transform((value) => (value === '' ? null : value))
  .pipe(z.email('Enter an email address like name@example.com').nullable())
  .nullable()
  .optional();

/**
 * Typed with spaces, dashes, dots or brackets as people write them; stored as digits with an
 * optional leading +, so one number has one spelling and uniqueness means something. Checked here
 * as typed; the host then writes it in full international form when a phone country is set
 * (toStoredPhone). An empty box clears the phone.
 */
const optionalPhone = z
  .string()
  .trim()
  .max(40)
  .transform((typed, context) => {
    const stored = toStoredPhone(typed, null);
    if ('phone' in stored) return stored.phone;
    context.issues.push({ code: 'custom', message: stored.problem, input: typed });
    return z.NEVER;
  })
  .nullable()
  .optional();

const customerFields = z.strictObject({
  firstName: personName,
  lastName: personName,
  email: optionalEmail,
  phone: optionalPhone,
  marketingConsent: z.boolean(),
  notes: optionalText(2000),
  homeStoreId: id.nullable().optional(),
});

/** Without a home store, the customer's home is the store of the staff member signing them up. */
export const customerCreateInput = customerFields.extend({ marketingConsent: z.boolean().default(false) });
export type CustomerCreateInput = z.input<typeof customerCreateInput>;

/** Fields left out stay as they are; null (or an empty box) clears an optional one. */
export const customerUpdateInput = customerFields.partial().extend({ id });
export type CustomerUpdateInput = z.input<typeof customerUpdateInput>;

// ---------------------------------------------------------------------------------------------
// What comes back

const count = z.number().int().min(0);
const signedCents = z.number().int();

export const customerSummary = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  marketingConsent: z.boolean(),
  archived: z.boolean(),
});
export type CustomerSummary = z.infer<typeof customerSummary>;

export const rfmScores = z.object({
  segment: z.enum(CUSTOMER_SEGMENTS),
  /** Days from the last purchase to `computedAt`. */
  recencyDays: count,
  /** Orders in the window. */
  frequency: count,
  /** Spend in the window, refunds taken off. */
  monetaryCents: signedCents,
  rScore: z.number().int().min(1).max(5),
  fScore: z.number().int().min(1).max(5),
  mScore: z.number().int().min(1).max(5),
  computedAt: z.string(),
});
export type RfmScores = z.infer<typeof rfmScores>;

export const customerOrderRow = z.object({
  id,
  /** Sequential per store, as printed on the receipt. */
  number: z.number().int(),
  storeId: id,
  storeName: z.string(),
  channel: z.enum(SALE_CHANNELS),
  status: z.enum(ORDER_STATUSES),
  placedAt: z.string(),
  totalCents: z.number().int(),
  /** Given back through returns, to the card or as store credit. */
  refundedCents: count,
});
export type CustomerOrderRow = z.infer<typeof customerOrderRow>;

export const customerProfile = customerSummary.extend({
  notes: z.string().nullable(),
  homeStoreId: id.nullable(),
  homeStoreName: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Null until a recompute has scored the customer (it scores only those who bought in the window). */
  rfm: rfmScores.nullable(),
  storeCreditCents: count,
  /** Every order that was not cancelled; spend has refunds taken off. */
  purchases: z.object({
    lifetimeSpendCents: signedCents,
    orderCount: count,
    averageBasketCents: signedCents,
    firstPurchaseAt: z.string().nullable(),
    lastPurchaseAt: z.string().nullable(),
    /** Where the first and last purchases were made, so their dates read on that store's clock. */
    firstPurchaseStoreId: id.nullable(),
    lastPurchaseStoreId: id.nullable(),
  }),
  /** Top 5 by units bought. */
  favouriteProducts: z.array(z.object({ productId: id, sku: z.string(), name: z.string(), quantity: count })),
  /** Top 3 by units bought. */
  favouriteCategories: z.array(z.object({ categoryId: id, name: z.string(), quantity: count })),
  interactionCounts: z.record(z.enum(INTERACTION_KINDS), count),
  /** The last 10, newest first. */
  recentOrders: z.array(customerOrderRow),
});
export type CustomerProfile = z.infer<typeof customerProfile>;

export const customerListRow = customerSummary.extend({ rfm: rfmScores.nullable() });
export type CustomerListRow = z.infer<typeof customerListRow>;

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const segmentCounts = z.object({
  /** When the counted scores were computed; null before the first recompute. */
  computedAt: z.string().nullable(),
  /** Every segment, in CUSTOMER_SEGMENTS order, zero counts included. */
  segments: z.array(z.object({ segment: z.enum(CUSTOMER_SEGMENTS), customers: count })),
});
export type SegmentCounts = z.infer<typeof segmentCounts>;

const exportedLine = z.object({
  lineNo: z.number().int(),
  productId: id,
  sku: z.string(),
  productName: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  discountCents: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
});

const exportedReturn = z.object({
  id,
  createdAt: z.string(),
  refundTo: z.enum(REFUND_DESTINATIONS),
  refundCents: z.number().int(),
  note: z.string().nullable(),
  lines: z.array(z.object({ orderLineId: id, quantity: z.number().int(), refundCents: z.number().int() })),
});

/**
 * The country a phone typed without + belongs to: its calling code ("31" for the Netherlands) and
 * its trunk prefix, the digit dialled before a number at home that the international form drops
 * (0 in most of Europe: 06… → +316…; 1 in North America: 1 555… → +1555…; none in Italy). Until an
 * admin sets one, phones are stored as typed (formatting removed).
 */
export const phoneCountry = z.strictObject({
  callingCode: z.string().regex(/^[1-9]\d{0,2}$/, 'A calling code has 1 to 3 digits and does not start with 0'),
  trunkPrefix: z.string().regex(/^\d?$/, 'A trunk prefix is one digit, or none'),
});
export type PhoneCountry = z.infer<typeof phoneCountry>;

/**
 * What setting a phone country did to the phones already stored: those without + written in
 * full, and the customers who would have shared a number, left as typed for someone to merge.
 */
export const phoneCountrySaved = z.object({
  phoneCountry,
  renumbered: count,
  /** Phones whose full form would not have 7 to 15 digits, left as they are. */
  unchanged: count,
  /** `first` holds or would get `phone`; so would `second`. */
  duplicates: z.array(z.object({ phone: z.string(), first: customerSummary, second: customerSummary })),
});
export type PhoneCountrySaved = z.infer<typeof phoneCountrySaved>;

/** Everything Backroom holds about one person, for a data request: JSON as it is. */
export const customerExport = z.object({
  exportedAt: z.string(),
  customer: z.object({
    id,
    uid: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    notes: z.string().nullable(),
    homeStoreName: z.string().nullable(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  consent: z.object({ marketing: z.boolean() }),
  rfm: rfmScores.nullable(),
  orders: z.array(
    z.object({
      id,
      uid: z.string(),
      number: z.number().int(),
      storeName: z.string(),
      channel: z.enum(SALE_CHANNELS),
      status: z.enum(ORDER_STATUSES),
      placedAt: z.string(),
      subtotalCents: z.number().int(),
      discountCents: z.number().int(),
      taxCents: z.number().int(),
      totalCents: z.number().int(),
      lines: z.array(exportedLine),
      payments: z.array(
        z.object({
          method: z.enum(PAYMENT_METHODS),
          kind: z.enum(['payment', 'refund']),
          amountCents: z.number().int(),
          createdAt: z.string(),
        }),
      ),
      returns: z.array(exportedReturn),
    }),
  ),
  interactions: z.array(
    z.object({
      productId: id,
      productName: z.string(),
      kind: z.enum(INTERACTION_KINDS),
      quantity: z.number().int(),
      rating: z.number().int().nullable(),
      orderId: id.nullable(),
      occurredAt: z.string(),
    }),
  ),
  storeCredit: z.object({
    balanceCents: count,
    entries: z.array(
      z.object({
        amountCents: z.number().int(),
        reason: z.enum(['refund', 'redeemed', 'adjustment']),
        orderId: id.nullable(),
        returnId: id.nullable(),
        createdAt: z.string(),
      }),
    ),
  }),
  /** What staff wrote about the person, in any conversation, oldest first; deleted messages are gone. */
  messages: z.array(z.object({ body: z.string(), postedAt: z.string(), editedAt: z.string().nullable() })),
});
export type CustomerExport = z.infer<typeof customerExport>;

// ---------------------------------------------------------------------------------------------
// Channels

const byId = z.strictObject({ id });

const read = <I extends z.ZodType, O extends z.ZodType>(
  access: 'clerk' | 'manager',
  input: I,
  output: O,
  runsOn: 'main' | 'reader' = 'main',
) => channel({ input, output, access, writes: false, runsOn });
const write = <I extends z.ZodType, O extends z.ZodType>(access: 'clerk' | 'manager' | 'admin', input: I, output: O) =>
  channel({ input, output, access, writes: true });

export const customersChannels = {
  /**
   * Search-as-you-type at the till: every typed word must begin the first or last name or a
   * word of the email before its @ (what follows the @ is ignored); digits alone (spaces,
   * dashes, brackets, + allowed) begin the phone, with or without its country code. Archived
   * customers are left out. Matches are not ranked: the first `limit` in signup order; typing
   * more narrows them.
   */
  'customers.search': read(
    'clerk',
    z.strictObject({
      query: z.string().max(100),
      limit: z.number().int().min(1).max(MAX_SEARCH_MATCHES).default(10),
    }),
    z.object({ items: z.array(customerSummary) }),
  ),
  /**
   * Pages of customers, never counted. `search` filters as customers.search does. `segment`
   * keeps one RFM segment. Sorting by lastPurchase or spend lists only the customers the last
   * recompute scored (active customers who bought in its window; includeArchived does not
   * apply), most recent or biggest spender first, as of that recompute.
   */
  'customers.list': read(
    'manager',
    z.strictObject({
      search: z.string().max(200).optional(),
      segment: z.enum(CUSTOMER_SEGMENTS).optional(),
      includeArchived: z.boolean().default(false),
      sort: z.enum(CUSTOMER_LIST_SORTS).default('name'),
      cursor: cursor.optional(),
      limit: pageLimit,
    }),
    page(customerListRow),
  ),
  'customers.get': read('clerk', byId, customerProfile),
  /** A customer's orders, newest first. */
  'customers.listOrders': read(
    'clerk',
    z.strictObject({ customerId: id, cursor: cursor.optional(), limit: pageLimit }),
    page(customerOrderRow),
  ),
  'customers.create': write('clerk', customerCreateInput, customerProfile),
  /** Archived customers are restored before they are edited. */
  'customers.update': write('clerk', customerUpdateInput, customerProfile),
  'customers.archive': write('manager', byId, customerProfile),
  'customers.restore': write('manager', byId, customerProfile),
  /**
   * Folds a duplicate (source) into the customer kept (target): orders, interactions and store
   * credit move over, notes are appended, consent is kept if either gave it, a missing email or
   * phone is taken from the source; the source is archived.
   */
  'customers.merge': write(
    'manager',
    z
      .strictObject({ sourceId: id, targetId: id })
      .refine((input) => input.sourceId !== input.targetId, 'A customer cannot be merged into itself'),
    z.object({
      customer: customerProfile,
      moved: z.object({ orders: count, interactions: count, storeCreditCents: count }),
      /** Contact fields the target took from the source. */
      filled: z.array(z.enum(['email', 'phone'])),
    }),
  ),
  /** Runs as an audited write: who exported whose personal data is recorded. */
  'customers.exportData': write('admin', byId, customerExport),
  /**
   * Erases the person and keeps the trade: the name becomes "Anonymized customer", email, phone
   * and notes are cleared, consent withdrawn, the staff messages about them emptied and the
   * customer archived; orders and their totals stay. `confirmName` must be the current full name ("First Last"), as a deliberate act.
   */
  'customers.anonymize': write(
    'admin',
    z.strictObject({ id, confirmName: z.string().trim().min(1).max(200) }),
    customerProfile,
  ),
  'customers.recordInteraction': write(
    'clerk',
    z
      .strictObject({
        customerId: id,
        productId: id,
        kind: z.enum(RECORDABLE_INTERACTION_KINDS),
        rating: z.number().int().min(1).max(5).optional(),
      })
      .refine((input) => (input.kind === 'rated') === (input.rating !== undefined), {
        message: 'A rating (1 to 5) goes with kind "rated", and only with it',
        path: ['rating'],
      }),
    z.object({
      id,
      customerId: id,
      productId: id,
      kind: z.enum(INTERACTION_KINDS),
      rating: z.number().int().nullable(),
      occurredAt: z.string(),
    }),
  ),
  /**
   * Scores every customer who bought in the last RFM_WINDOW_DAYS (archived ones excepted) and
   * replaces all segments at once. R, F and M are quintiles (NTILE(5)) of recency, order count
   * and spend among those customers; ties are split by the other measures, then by id.
   */
  'customers.recomputeSegments': write('manager', empty, segmentCounts),
  'customers.segments': read('manager', empty, segmentCounts),
  /**
   * Lifetime spend (orders not cancelled, refunds taken off), or interactions as the customer's
   * profile counts them: a purchase per product of each paid order not cancelled, and every
   * view, cart and rating.
   */
  'customers.top': read(
    'manager',
    z.strictObject({
      by: z.enum(['spend', 'interactions']),
      limit: z.number().int().min(1).max(100).default(10),
    }),
    z.object({
      items: z.array(customerSummary.extend({ spendCents: signedCents, orderCount: count, interactionCount: count })),
    }),
    'reader',
  ),
  /** Customers (not archived) without an order that was not cancelled, A→Z. */
  'customers.neverPurchased': read(
    'manager',
    z.strictObject({ cursor: cursor.optional(), limit: pageLimit }),
    page(customerSummary.extend({ createdAt: z.string() })),
  ),
  /** Customers (not archived) who bought before but not in the last `days` days, most recently lapsed first. */
  'customers.lapsed': read(
    'manager',
    z.strictObject({
      days: z.number().int().min(1).max(MAX_LAPSED_DAYS),
      cursor: cursor.optional(),
      limit: pageLimit,
    }),
    page(customerSummary.extend({ lastPurchaseAt: z.string(), lastOrderId: id, lastPurchaseStoreId: id })),
  ),
  'settings.getPhoneCountry': read('clerk', empty, z.object({ phoneCountry: phoneCountry.nullable() })),
  /**
   * Sets the phone country and, in the same write, stores every phone without + in full form,
   * unless that number is taken or two customers would get it: those stay as typed and come back
   * as duplicates to merge.
   */
  'settings.setPhoneCountry': write('admin', phoneCountry, phoneCountrySaved),
};
