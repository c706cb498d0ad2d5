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
 * most what is still due.
 */
export function paymentProblem(method: PaymentMethod, typedCents: number, stillDueCents: number): string | null {
  if (Number.isNaN(typedCents)) return `Enter an amount like ${MONEY_EXAMPLE}.`;
  if (stillDueCents <= 0) return 'Nothing is left to pay.';
  if (typedCents <= 0) return 'Enter an amount above zero.';
  if (method !== 'cash' && typedCents > stillDueCents)
    return `${METHOD_LABELS[method]} can pay at most ${money(stillDueCents)}.`;
  return null;
}

/** The payment `typedCents` makes against `stillDueCents`; null when paymentProblem names a problem. */
export function paymentFor(method: PaymentMethod, typedCents: number, stillDueCents: number): TillPayment | null {
  if (paymentProblem(method, typedCents, stillDueCents) !== null) return null;
  if (method === 'cash') return { method, amountCents: Math.min(typedCents, stillDueCents), tenderedCents: typedCents };
  return { method, amountCents: typedCents };
}
