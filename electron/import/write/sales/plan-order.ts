import { mulDivRound, BP_PER_WHOLE } from '../../../../shared/pricing';
import type { ImportRow, ImportValue, RowProblem } from '../../writer';
import type { ImportReferences, StoreRef } from './references';

/** The statuses an imported order may have: the sale statuses, or pending (not paid yet). */
const STATUSES = ['paid', 'fulfilled', 'delivered', 'pending'] as const;
export type ImportedStatus = (typeof STATUSES)[number];

/** Store credit is a ledger of its own that history cannot replay; such payments are refused. */
const METHODS = ['cash', 'card', 'voucher', 'other'] as const;
type ImportedMethod = (typeof METHODS)[number];

/** Fields read from an order's first line; every other line must agree with it. */
const ORDER_FIELDS = ['placedAt', 'orderDate', 'customer', 'store', 'staff', 'status', 'paymentMethod'] as const;

export interface PlannedLine {
  productId: number;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  discountBp: number | null;
  taxRateBp: number;
  taxCents: number;
  totalCents: number;
}

export interface PlannedOrder {
  ref: string;
  store: StoreRef;
  customerId: number | null;
  staffId: number;
  status: ImportedStatus;
  paymentMethod: ImportedMethod | null;
  placedAt: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  lines: PlannedLine[];
}

export interface PlanContext {
  refs: ImportReferences;
  importingStore: StoreRef;
  importerId: number;
  now: Date;
}

type Problem = Omit<RowProblem, 'rowNumber'>;

const text = (value: ImportValue | undefined): string | null =>
  value === undefined || value === null ? null : String(value).trim() || null;

/**
 * Checks one order's lines and works out every amount, or answers the problems that refuse it.
 * Amounts follow shared/pricing: a percentage discount is rounded half up to the cents charged
 * (its rate kept in discount_bp, so revenue stays exact), tax is per line on the amount after
 * discount, and the order's amounts are the sums of its lines.
 */
export function planOrder(
  ref: string,
  rows: readonly ImportRow[],
  ctx: PlanContext,
): { order: PlannedOrder } | { problems: Map<number, Problem[]> } {
  const problems = new Map<number, Problem[]>();
  const refuse = (row: ImportRow, problem: Problem) => {
    const list = problems.get(row.rowNumber);
    if (list) list.push(problem);
    else problems.set(row.rowNumber, [problem]);
  };
  const first = rows[0]!;
  for (const row of rows.slice(1)) {
    for (const key of ORDER_FIELDS) {
      if (text(row.values[key]) !== text(first.values[key])) {
        refuse(row, {
          column: key,
          value: text(row.values[key]),
          reason: `differs from the first line of order ${ref} (row ${first.rowNumber}); every line of an order has the same`,
        });
      }
    }
  }

  const head = readOrderFields(first, ctx, (problem) => refuse(first, problem));
  const lines: PlannedLine[] = [];
  for (const row of rows) {
    const line = planLine(row, ctx.refs, (problem) => refuse(row, problem));
    if (line) lines.push(line);
  }
  if (problems.size > 0 || !head) return { problems };

  const sum = (pick: (line: PlannedLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const subtotalCents = sum((line) => line.quantity * line.unitPriceCents);
  const discountCents = sum((line) => line.discountCents);
  const taxCents = sum((line) => line.taxCents);
  return {
    order: {
      ref,
      ...head,
      subtotalCents,
      discountCents,
      taxCents,
      totalCents: subtotalCents - discountCents + taxCents,
      lines,
    },
  };
}

type OrderHead = Pick<PlannedOrder, 'store' | 'customerId' | 'staffId' | 'status' | 'paymentMethod' | 'placedAt'>;

function readOrderFields(row: ImportRow, ctx: PlanContext, refuse: (problem: Problem) => void): OrderHead | null {
  const { refs } = ctx;
  let ok = true;
  const fail = (problem: Problem) => {
    ok = false;
    refuse(problem);
  };

  let store = ctx.importingStore;
  const storeCode = text(row.values.store);
  if (storeCode !== null) {
    const named = refs.store(storeCode);
    if (!named) fail({ column: 'store', value: storeCode, reason: 'is not the code of a store' });
    else if (named.id !== ctx.importingStore.id && !refs.mayUseOtherStores) {
      fail({
        column: 'store',
        value: storeCode,
        reason: 'is another store; only an admin imports sales of other stores',
      });
    } else store = named;
  }

  let customerId: number | null = null;
  const customer = text(row.values.customer);
  if (customer !== null) {
    customerId = refs.customer(customer);
    if (customerId === null) {
      fail({
        column: 'customer',
        value: customer,
        reason: 'is not the reference or email of a customer (import customers first)',
      });
    }
  }

  let staffId = ctx.importerId;
  const staff = text(row.values.staff);
  if (staff !== null) {
    const id = refs.staffMember(staff);
    if (id === null) fail({ column: 'staff', value: staff, reason: 'is not the username of a staff member' });
    else staffId = id;
  }

  const statusText = (text(row.values.status) ?? 'paid').toLowerCase();
  const status = STATUSES.find((candidate) => candidate === statusText);
  if (!status) {
    fail({
      column: 'status',
      value: text(row.values.status),
      reason: 'is not a status an imported order can have (paid, fulfilled, delivered or pending)',
    });
  }

  const methodText =
    text(row.values.paymentMethod)
      ?.toLowerCase()
      .replace(/[\s-]+/g, '_') ?? null;
  const paymentMethod = methodText === null ? null : (METHODS.find((method) => method === methodText) ?? null);
  if (methodText !== null && paymentMethod === null) {
    fail({
      column: 'paymentMethod',
      value: text(row.values.paymentMethod),
      reason: 'is not a payment method an import records (cash, card, voucher or other)',
    });
  }
  if (status === 'pending' && paymentMethod !== null) {
    fail({ column: 'paymentMethod', value: methodText, reason: 'is given for a pending order, which is not paid yet' });
  }

  const placedAt = readPlacedAt(row, store, ctx, fail);
  if (!ok || !status || placedAt === null) return null;
  return { store, customerId, staffId, status, paymentMethod, placedAt };
}

function readPlacedAt(
  row: ImportRow,
  store: StoreRef,
  ctx: PlanContext,
  fail: (problem: Problem) => void,
): string | null {
  const at = text(row.values.placedAt);
  const date = text(row.values.orderDate);
  if (at !== null) {
    if (at > ctx.now.toISOString()) {
      fail({ column: 'placedAt', value: at, reason: 'is in the future' });
      return null;
    }
    return at;
  }
  if (date !== null) {
    if (date > ctx.refs.storeToday(store, ctx.now)) {
      fail({ column: 'orderDate', value: date, reason: 'is in the future on the store’s calendar' });
      return null;
    }
    const noon = ctx.refs.storeNoon(store, date);
    // Today's noon may still be ahead of the clock: the sale happened earlier today.
    return noon > ctx.now.toISOString() ? ctx.now.toISOString() : noon;
  }
  fail({ column: null, value: null, reason: 'has no date: map the date, or the date and time' });
  return null;
}

function planLine(row: ImportRow, refs: ImportReferences, fail: (problem: Problem) => void): PlannedLine | null {
  const { values } = row;
  const productText = text(values.product);
  const product = productText === null ? undefined : refs.product(productText);
  if (!product) {
    fail({ column: 'product', value: productText, reason: 'is not the SKU or barcode of a product' });
  }
  const quantity = values.quantity;
  if (typeof quantity !== 'number' || quantity <= 0) {
    fail({
      column: 'quantity',
      value: text(quantity),
      reason:
        typeof quantity === 'number' && quantity < 0
          ? 'is negative: a sale line sells units; returns are not imported as sales'
          : 'must be more than zero',
    });
  }
  if (!product || typeof quantity !== 'number' || quantity <= 0) return null;

  const unitPriceCents = typeof values.unitPrice === 'number' ? values.unitPrice : product.priceCents;
  const taxRateBp = typeof values.taxRate === 'number' ? values.taxRate : product.taxRateBp;
  const gross = quantity * unitPriceCents;
  if (!Number.isSafeInteger(gross * BP_PER_WHOLE)) {
    fail({ column: 'quantity', value: String(quantity), reason: 'times the unit price is too large an amount' });
    return null;
  }
  const amount = typeof values.discount === 'number' && values.discount > 0 ? values.discount : null;
  const percent =
    typeof values.discountPercent === 'number' && values.discountPercent > 0 ? values.discountPercent : null;
  if (amount !== null && percent !== null) {
    fail({
      column: 'discount',
      value: text(values.discount),
      reason: 'and a discount percentage are both given; give one',
    });
    return null;
  }
  const discountCents = percent !== null ? mulDivRound(gross, percent, BP_PER_WHOLE) : (amount ?? 0);
  if (discountCents > gross) {
    fail({ column: 'discount', value: text(values.discount), reason: 'is more than the line is worth' });
    return null;
  }
  const taxCents = mulDivRound(gross - discountCents, taxRateBp, BP_PER_WHOLE);
  return {
    productId: product.id,
    quantity,
    unitPriceCents,
    discountCents,
    discountBp: percent,
    taxRateBp,
    taxCents,
    totalCents: gross - discountCents + taxCents,
  };
}
