import type Database from 'better-sqlite3';
import type { PaymentMethod } from '../../../shared/contract/orders';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';

export interface NewPayment {
  orderId: number;
  method: PaymentMethod;
  kind: 'payment' | 'refund';
  amountCents: number;
  tenderedCents?: number | undefined;
}

const INSERT_PAYMENT = `
  INSERT INTO "payments" ("uid", "order_id", "method", "kind", "amount_cents", "tendered_cents", "change_cents", "created_at")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** One row of the payments ledger; cash that was tendered records its change. A trigger keeps refunds within what was paid. */
export function insertPayment(sql: Database.Database, payment: NewPayment, now: Date): number {
  const tendered = payment.tenderedCents ?? null;
  const result = prepared(sql, INSERT_PAYMENT).run(
    newUid(now.getTime()),
    payment.orderId,
    payment.method,
    payment.kind,
    payment.amountCents,
    tendered,
    tendered === null ? null : tendered - payment.amountCents,
    now.toISOString(),
  );
  return Number(result.lastInsertRowid);
}

export interface StoreCreditChange {
  customerId: number;
  /** Positive: credit given (a refund); negative: credit spent. */
  amountCents: number;
  reason: 'refund' | 'redeemed';
  orderId: number;
  returnId?: number | undefined;
  staffId: number;
}

const INSERT_STORE_CREDIT = `
  INSERT INTO "store_credit_entries" ("uid", "customer_id", "amount_cents", "reason", "return_id", "order_id", "staff_id", "created_at")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** One row of the store credit ledger; a trigger refuses a balance below zero. */
export function insertStoreCredit(sql: Database.Database, change: StoreCreditChange, now: Date): void {
  prepared(sql, INSERT_STORE_CREDIT).run(
    newUid(now.getTime()),
    change.customerId,
    change.amountCents,
    change.reason,
    change.returnId ?? null,
    change.orderId,
    change.staffId,
    now.toISOString(),
  );
}
