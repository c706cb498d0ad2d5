import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import { prepared } from '../../../database/prepared';
import { storeCreditBalance } from './customers';
import type { PaymentInput } from './inputs';
import { insertPayment, insertStoreCredit } from './money-rows';

export interface PayingOrder {
  id: number;
  storeId: number;
  customerId: number | null;
  totalCents: number;
}

/**
 * Payments settle an order only when they add up to its total exactly: less is "... still due";
 * more is refused too, because the only overpayment is cash handed over beyond its amount, which
 * comes back as change. Store credit needs the order's customer and enough balance.
 */
export function checkPayments(
  sql: Database.Database,
  order: Omit<PayingOrder, 'id'>,
  payments: readonly PaymentInput[],
): void {
  const paying = payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const money = (cents: number) => formatMoney(cents, storeCurrency(sql, order.storeId), 'en-US');
  if (paying < order.totalCents) {
    const dueCents = order.totalCents - paying;
    throw new AppError('VALIDATION', `${money(dueCents)} still due.`, { dueCents, totalCents: order.totalCents });
  }
  if (paying > order.totalCents) {
    const overCents = paying - order.totalCents;
    throw new AppError(
      'VALIDATION',
      `The payments come to ${money(overCents)} more than the total; give change from cash instead.`,
      { overCents, totalCents: order.totalCents },
    );
  }
  const creditCents = payments.reduce((sum, p) => sum + (p.method === 'store_credit' ? p.amountCents : 0), 0);
  if (creditCents === 0) return;
  if (order.customerId === null) {
    throw new AppError('VALIDATION', 'Paying with store credit needs the customer on the order.');
  }
  const balance = storeCreditBalance(sql, order.customerId);
  if (creditCents > balance) {
    throw new AppError('CONFLICT', `The customer's store credit covers only ${money(balance)}.`, {
      storeCreditCents: balance,
    });
  }
}

/** Writes checked payments; store credit spent is taken off the customer's balance in the same transaction. */
export function writePayments(
  sql: Database.Database,
  order: PayingOrder,
  payments: readonly PaymentInput[],
  staffId: number,
  now: Date,
): void {
  for (const payment of payments) {
    insertPayment(sql, { orderId: order.id, kind: 'payment', ...payment }, now);
    if (payment.method === 'store_credit') {
      insertStoreCredit(
        sql,
        {
          customerId: order.customerId!,
          amountCents: -payment.amountCents,
          reason: 'redeemed',
          orderId: order.id,
          staffId,
        },
        now,
      );
    }
  }
}

function storeCurrency(sql: Database.Database, storeId: number): string {
  const row = prepared(sql, 'SELECT "currency" FROM "stores" WHERE "id" = ?').get(storeId) as
    { currency: string } | undefined;
  return row?.currency ?? 'USD';
}
