import type { PaymentMethod } from '../../../../shared/contract/orders';
import { money, MONEY_EXAMPLE } from '../../../components/inventory/money';
import { METHOD_LABELS } from '../labels';

export interface TillPayment {
  method: PaymentMethod;
  amountCents: number;
  tenderedCents?: number;
}

export { METHOD_LABELS };

export function paidCents(payments: readonly TillPayment[]): number {
  return payments.reduce((sum, payment) => sum + payment.amountCents, 0);
}

export function changeCents(payments: readonly TillPayment[]): number {
  return payments.reduce(
    (sum, payment) => sum + (payment.tenderedCents ?? payment.amountCents) - payment.amountCents,
    0,
  );
}

/**
 * Why `typedCents` cannot be taken as a payment against `stillDueCents`, in words for the clerk;
 * null when it can. Cash may be over-tendered (the rest is change); every other method pays at
 * most what is still due, and store credit at most `storeCreditCents`: what the customer has left
 * of it (their balance less store credit already taken), null for a sale without a customer, or
 * left out where the balance is not known here (the host checks it then).
 */
export function paymentProblem(
  method: PaymentMethod,
  typedCents: number,
  stillDueCents: number,
  storeCreditCents?: number | null,
): string | null {
  if (Number.isNaN(typedCents)) return `Enter an amount like ${MONEY_EXAMPLE}.`;
  if (stillDueCents <= 0) return 'Nothing is left to pay.';
  if (method === 'store_credit' && storeCreditCents === null)
    return 'Store credit needs the customer on the sale: F3 finds them.';
  if (method === 'store_credit' && storeCreditCents === 0) return 'The customer has no store credit left.';
  if (typedCents <= 0) return 'Enter an amount above zero.';
  if (method !== 'cash' && typedCents > stillDueCents)
    return `${METHOD_LABELS[method]} can pay at most ${money(stillDueCents)}.`;
  if (method === 'store_credit' && typeof storeCreditCents === 'number' && typedCents > storeCreditCents)
    return `The customer's store credit covers only ${money(storeCreditCents)}.`;
  return null;
}

/** What an empty amount box pays: everything still due, or as much of it as the store credit left covers. */
export function defaultAmount(method: PaymentMethod, stillDueCents: number, storeCreditCents?: number | null): number {
  return method === 'store_credit' && typeof storeCreditCents === 'number'
    ? Math.min(stillDueCents, storeCreditCents)
    : stillDueCents;
}

/** The payment `typedCents` makes against `stillDueCents`; null when paymentProblem names a problem. */
export function paymentFor(
  method: PaymentMethod,
  typedCents: number,
  stillDueCents: number,
  storeCreditCents?: number | null,
): TillPayment | null {
  if (paymentProblem(method, typedCents, stillDueCents, storeCreditCents) !== null) return null;
  if (method === 'cash') return { method, amountCents: Math.min(typedCents, stillDueCents), tenderedCents: typedCents };
  return { method, amountCents: typedCents };
}
