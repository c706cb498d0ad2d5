import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { DECOY_HASH, verifyPassword } from '../auth/password';
import type { OrdersInput, SalesActor } from './inputs';

interface ApproverRow {
  id: number;
  store_id: number;
  role: string;
  password_hash: string;
  is_active: number;
  locked_until: string | null;
}

const REFUSED = 'The approval was not accepted: wrong username or password.';

/**
 * Who approves a discount above the threshold: a manager or admin placing the order approves it
 * themselves; a clerk needs one to type their own credentials at the till. A manager approves
 * for their own store, an admin for any. Returns the approver's staff id, or FORBIDDEN.
 */
export async function approveDiscount(
  sql: Database.Database,
  actor: SalesActor,
  approval: OrdersInput<'orders.place'>['approval'],
  now: Date,
  details: { discountBp: number; thresholdBp: number },
): Promise<number> {
  if (actor.role !== 'clerk') return actor.staffId;
  if (!approval) {
    throw new AppError(
      'FORBIDDEN',
      `A discount above ${details.thresholdBp / 100} % needs a manager's approval.`,
      details,
    );
  }
  const approver = prepared(
    sql,
    `SELECT "id", "store_id", "role", "password_hash", "is_active", "locked_until"
     FROM "staff_members" WHERE "username" = ?`,
  ).get(approval.username) as ApproverRow | undefined;
  // A wrong name costs as long as a wrong password, so names cannot be probed by timing.
  const valid = await verifyPassword(approval.password, approver?.password_hash ?? DECOY_HASH);
  const lockedUntil = approver?.locked_until ?? null;
  const locked = lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
  if (!approver || !valid || approver.is_active !== 1 || locked) throw new AppError('FORBIDDEN', REFUSED, details);
  if (approver.role === 'clerk') {
    throw new AppError('FORBIDDEN', 'Only a manager or an admin can approve this discount.', details);
  }
  if (approver.role === 'manager' && approver.store_id !== actor.storeId) {
    throw new AppError('FORBIDDEN', 'A manager approves discounts in their own store only.', details);
  }
  return approver.id;
}
