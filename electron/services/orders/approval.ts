import { AppError } from '../../../shared/errors';
import { checkCredentials, type CredentialContext } from '../auth/credentials';
import type { OrdersInput, SalesActor } from './inputs';

/**
 * Every refused approval reads the same, whatever the reason (wrong password, unknown, locked or
 * disabled account, a clerk, a manager of another store), so the answer reveals nothing.
 */
export const APPROVAL_REFUSED =
  'Only a manager of this store or an admin can approve this; the approval was refused (wrong username or password, or not allowed to approve).';

export interface ManagerApproval {
  /** The store the approval is for: a manager approves there only, an admin anywhere. */
  storeId: number;
  /** The staff member asking (recorded as the actor of the attempt). */
  requestedBy: number;
  /** What is approved, for the audit row (e.g. 'orders.place'). */
  purpose: string;
  username: string;
  password: string;
  details?: Record<string, unknown>;
}

/**
 * A manager of `storeId` (or an admin) approves by typing their own credentials. Goes through the
 * login's credential check, so approvals are counted, locked out and slowed like logins, and each
 * attempt is audited as 'auth.approve' naming the approver, refused ones too (they survive the
 * rollback of the refused write). Returns the approver's staff id, or throws FORBIDDEN.
 */
export async function approveAsManager(ctx: CredentialContext, approval: ManagerApproval): Promise<number> {
  const result = await checkCredentials(ctx, {
    action: 'auth.approve',
    username: approval.username,
    password: approval.password,
    actorStaffId: approval.requestedBy,
    eligible: (staff) => staff.role === 'admin' || (staff.role === 'manager' && staff.storeId === approval.storeId),
    details: { purpose: approval.purpose, approver: approval.username.slice(0, 40), ...approval.details },
  });
  if (!result.ok) throw new AppError('FORBIDDEN', APPROVAL_REFUSED, approval.details);
  return result.staff.id;
}

/**
 * Who approves a discount above the threshold: a manager or admin placing the order approves it
 * themselves; a clerk needs one to type their own credentials at the till.
 */
export async function approveDiscount(
  ctx: CredentialContext,
  actor: SalesActor,
  approval: OrdersInput<'orders.place'>['approval'],
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
  return approveAsManager(ctx, {
    storeId: actor.storeId,
    requestedBy: actor.staffId,
    purpose: 'orders.place',
    username: approval.username,
    password: approval.password,
    details,
  });
}
