import type { PaymentMethod } from '../../../../shared/contract/orders';
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

/** Cash may be over-tendered (the rest is change); every other method pays at most what is still due. */
export function paymentFor(method: PaymentMethod, typedCents: number, stillDueCents: number): TillPayment | null {
  if (typedCents <= 0 || stillDueCents <= 0) return null;
  if (method === 'cash') return { method, amountCents: Math.min(typedCents, stillDueCents), tenderedCents: typedCents };
  if (typedCents > stillDueCents) return null;
  return { method, amountCents: typedCents };
}
