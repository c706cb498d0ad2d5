import type { SeededRandom } from '../random';

export interface PlannedPayment {
  method: 'cash' | 'card' | 'voucher';
  amountCents: number;
  /** Cash only: what the customer handed over, and the change given back. */
  tenderedCents: number | null;
  changeCents: number | null;
}

const VOUCHER_VALUES = [500, 1_000, 2_000, 2_500];

/**
 * How a paid order was settled. At the till: cash (usually rounded up to a note, with change),
 * card, cash and card together, or a gift voucher topped up by card. Phone and online orders pay
 * by card.
 */
export function planPayments(random: SeededRandom, totalCents: number, atTill: boolean): PlannedPayment[] {
  if (!atTill) return [card(totalCents)];
  const roll = random.next();
  if (roll < 0.38) return [cash(random, totalCents)];
  if (roll < 0.9 || totalCents < 1_000) return [card(totalCents)];
  if (roll < 0.96) {
    const cashPart = Math.floor((totalCents * (0.2 + random.next() * 0.5)) / 100) * 100;
    return cashPart > 0 ? [exactCash(cashPart), card(totalCents - cashPart)] : [card(totalCents)];
  }
  const voucher = Math.min(random.pick(VOUCHER_VALUES), totalCents);
  const rest = totalCents - voucher;
  const voucherPayment: PlannedPayment = {
    method: 'voucher',
    amountCents: voucher,
    tenderedCents: null,
    changeCents: null,
  };
  return rest > 0 ? [voucherPayment, card(rest)] : [voucherPayment];
}

function card(amountCents: number): PlannedPayment {
  return { method: 'card', amountCents, tenderedCents: null, changeCents: null };
}

function exactCash(amountCents: number): PlannedPayment {
  return { method: 'cash', amountCents, tenderedCents: amountCents, changeCents: 0 };
}

function cash(random: SeededRandom, amountCents: number): PlannedPayment {
  const roll = random.next();
  const unit = roll < 0.2 ? 1 : roll < 0.45 ? 100 : roll < 0.7 ? 500 : roll < 0.9 ? 1_000 : 2_000;
  const tenderedCents = Math.ceil(amountCents / unit) * unit;
  return { method: 'cash', amountCents, tenderedCents, changeCents: tenderedCents - amountCents };
}
