import { z } from 'zod';

/**
 * A manager's (or admin's) own credentials, typed at the screen where a clerk needs their
 * approval: a deep discount at the till, a large refund or count, an over-receipt.
 */
export const approvalInput = z.strictObject({
  username: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(200),
});
export type ApprovalInput = z.infer<typeof approvalInput>;

/** Clerk writes that go through only with a manager's approval (or a manager doing them). */
export const APPROVAL_REASONS = ['refund', 'count', 'overReceipt'] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

/**
 * The details of a FORBIDDEN answer that a manager's approval would turn into a yes: the screen
 * asks for credentials and sends the same input again with `approval`. The amounts say why.
 */
export interface ApprovalNeeded {
  approvalRequired: true;
  reason: ApprovalReason;
  /** Refund or count variance in cents, against the admin's threshold; absent for an over-receipt. */
  valueCents?: number;
  thresholdCents?: number;
}

export function isApprovalNeeded(details: unknown): details is ApprovalNeeded {
  return (
    typeof details === 'object' &&
    details !== null &&
    (details as { approvalRequired?: unknown }).approvalRequired === true &&
    APPROVAL_REASONS.includes((details as { reason?: ApprovalReason }).reason as ApprovalReason)
  );
}
