import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { deepestDiscountBp, discountAboveThreshold, type PricedCart } from '../../../shared/pricing';
import type { CredentialContext } from '../auth/credentials';
import { approveDiscount } from './approval';
import { priceFromCatalog } from './catalog-pricing';
import { requireCustomer } from './customers';
import type { OrdersInput, SalesActor } from './inputs';
import {
  insertOrder,
  insertOrderLines,
  orderByIdempotencyKey,
  type PlacedSale,
  recordDiscountApproval,
  recordPurchases,
  recordStatusChange,
} from './order-rows';
import { checkPayments, writePayments } from './payments';
import { loadStockedProducts, type StockedProduct } from '../stock/products';
import { shortProducts, unitsByProduct } from './sale-products';
import { readApprovalThreshold } from './sales-settings';
import { insertOrderMovement } from './stock-rows';

type PlaceInput = OrdersInput<'orders.place'>;

/** A refusal names this many short products; details list them all. */
const MAX_NAMED_PRODUCTS = 5;

/**
 * Places an order in the caller's store inside the dispatcher's transaction: every check runs
 * before the first write, so a refusal leaves nothing behind, and the database's own rules
 * (totals add up, stock never below zero, store credit never below zero) back every write.
 * The same idempotency key again returns the order it placed, when it comes with the same sale;
 * with another sale (a second window holding the kept sale, or a cart changed after a lost answer)
 * it is refused, so that sale is never taken for sold.
 */
export async function placeOrder(
  sql: Database.Database,
  actor: SalesActor,
  now: Date,
  input: PlaceInput,
  approvals: CredentialContext,
): Promise<{ orderId: number; replayed: boolean }> {
  const placed = orderByIdempotencyKey(sql, input.idempotencyKey);
  if (placed) {
    if (placed.storeId !== actor.storeId) {
      throw new AppError('CONFLICT', 'This idempotency key was used by an order of another store.');
    }
    if (!isSameSale(placed, input)) throw placedAlready(placed);
    return { orderId: placed.id, replayed: true };
  }

  const products = loadStockedProducts(
    sql,
    actor.storeId,
    input.lines.map((line) => line.productId),
  );
  const priced = priceFromCatalog(products, input.lines, input.orderDiscount);
  if (priced.totalCents !== input.expectedTotalCents) throw pricesChanged(input, products, priced.totalCents);

  const customerId = input.customerId === undefined ? null : requireCustomer(sql, input.customerId).id;
  const status = initialStatus(input);
  const order = { storeId: actor.storeId, customerId, totalCents: priced.totalCents };
  const units = unitsByProduct(input.lines);
  refuseShortStock(products, units);
  if (status === 'paid') checkPayments(sql, order, input.payments);
  const approvedBy = await approvalIfNeeded(approvals, actor, input, priced);

  const orderId = insertOrder(
    sql,
    {
      ...order,
      staffId: actor.staffId,
      channel: input.channel,
      status,
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      taxCents: priced.taxCents,
      idempotencyKey: input.idempotencyKey,
    },
    now,
  );
  const lines = input.lines.map((line, index) => {
    const product = products.get(line.productId)!;
    const price = priced.lines[index]!;
    return {
      ...price,
      productId: product.id,
      quantity: line.quantity,
      unitPriceCents: product.priceCents,
      costCents: product.costCents,
    };
  });
  insertOrderLines(sql, orderId, lines);
  for (const line of lines) {
    insertOrderMovement(
      sql,
      {
        storeId: actor.storeId,
        productId: line.productId,
        orderId,
        kind: 'sale',
        quantity: -line.quantity,
        unitCostCents: line.costCents,
        staffId: actor.staffId,
      },
      now,
    );
  }
  recordStatusChange(sql, { orderId, from: null, to: status, staffId: actor.staffId }, now);
  if (status === 'paid') writePayments(sql, { ...order, id: orderId }, input.payments, actor.staffId, now);
  if (customerId !== null) recordPurchases(sql, customerId, orderId, units, now);
  if (approvedBy !== null) {
    recordDiscountApproval(sql, { orderId, approvedBy, discountBp: deepestDiscountBp(priced.lines) }, now);
  }
  return { orderId, replayed: false };
}

/** A retry of the placed sale: its lines in cart order, customer, total and whether it waits for payment. */
function isSameSale(placed: PlacedSale, input: PlaceInput): boolean {
  return (
    placed.totalCents === input.expectedTotalCents &&
    placed.customerId === (input.customerId ?? null) &&
    (placed.placedAs === 'pending') === input.savePending &&
    placed.lines.length === input.lines.length &&
    placed.lines.every(
      (line, index) =>
        line.productId === input.lines[index]!.productId && line.quantity === input.lines[index]!.quantity,
    )
  );
}

function placedAlready(placed: PlacedSale): AppError {
  return new AppError(
    'CONFLICT',
    `This sale was completed already as order ${placed.orderNumber} (in another window, or before its answer came back), with other items, customer or total. Nothing more was sold: check order ${placed.orderNumber}; completing again sells what is on screen as an order of its own.`,
    { placedOrderId: placed.id, orderNumber: placed.orderNumber },
  );
}

/** Till sales are paid on the spot; phone and online orders may wait for payment, unpaid. */
function initialStatus(input: PlaceInput): 'pending' | 'paid' {
  if (!input.savePending) return 'paid';
  if (input.channel === 'till') {
    throw new AppError('VALIDATION', 'Till sales are paid at the till; only phone and online orders wait for payment.');
  }
  if (input.payments.length > 0) {
    throw new AppError('VALIDATION', 'A pending order is saved without payments; take them when it is paid.');
  }
  return 'pending';
}

async function approvalIfNeeded(
  approvals: CredentialContext,
  actor: SalesActor,
  input: PlaceInput,
  priced: PricedCart,
): Promise<number | null> {
  const thresholdBp = readApprovalThreshold(approvals.sql);
  if (!priced.lines.some((line) => discountAboveThreshold(line, thresholdBp))) return null;
  return approveDiscount(approvals, actor, input.approval, {
    discountBp: deepestDiscountBp(priced.lines),
    thresholdBp,
  });
}

function pricesChanged(input: PlaceInput, products: ReadonlyMap<number, StockedProduct>, totalCents: number): AppError {
  return new AppError('CONFLICT', 'Prices changed since the cart was built.', {
    lines: input.lines.map((line) => ({
      productId: line.productId,
      ...(line.expectedUnitPriceCents !== undefined && { expectedUnitPriceCents: line.expectedUnitPriceCents }),
      unitPriceCents: products.get(line.productId)!.priceCents,
    })),
    totalCents,
  });
}

/** Names the short products, which the ledger trigger's own refusal cannot. */
function refuseShortStock(products: ReadonlyMap<number, StockedProduct>, units: ReadonlyMap<number, number>): void {
  const short = shortProducts(products, units).filter(({ product }) => !product.allowBackorder);
  const [first] = short;
  if (!first) return;
  const names = short.slice(0, MAX_NAMED_PRODUCTS).map(({ product }) => product.name);
  const more = short.length > MAX_NAMED_PRODUCTS ? ` and ${short.length - MAX_NAMED_PRODUCTS} more` : '';
  const message =
    short.length === 1
      ? `Only ${first.product.onHand} of ${first.product.name} in stock.`
      : `Not enough stock of ${names.join(', ')}${more}.`;
  throw new AppError('INSUFFICIENT_STOCK', message, {
    lines: short.map(({ product, requested }) => ({
      productId: product.id,
      name: product.name,
      onHand: product.onHand,
      requested,
    })),
  });
}
