import type { ApprovalInput, ApprovalNeeded } from '../../../shared/contract/approval';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { CredentialContext } from '../auth/credentials';
import { approveAsManager } from '../orders/approval';

export interface ApprovingActor {
  staffId: number;
  role: Role;
  storeId: number;
}

export interface ApprovalRequest {
  /** The store whose stock or money the write moves: a manager of it (or an admin) approves. */
  storeId: number;
  /** The channel asking, for the approval's audit row. */
  purpose: string;
  need: Omit<ApprovalNeeded, 'approvalRequired'>;
}

const MESSAGES: Record<ApprovalNeeded['reason'], string> = {
  refund: 'A refund this large needs a manager’s approval.',
  count: 'A count that changes stock by this much needs a manager’s approval.',
  overReceipt: 'Receiving more than was ordered needs a manager’s approval.',
};

/**
 * Who approves a clerk's write that is too large to go through alone: a manager or admin doing
 * it approves it themselves; a clerk needs a manager of the store (or an admin) to type their
 * own credentials, checked like the till's discount approval. Returns the approver's staff id.
 * Refusals are FORBIDDEN with ApprovalNeeded details, so the screen asks for credentials (again)
 * and sends the same input with `approval`.
 */
export async function requireManagerApproval(
  ctx: CredentialContext,
  actor: ApprovingActor,
  approval: ApprovalInput | undefined,
  request: ApprovalRequest,
): Promise<number> {
  if (actor.role !== 'clerk') return actor.staffId;
  const details: ApprovalNeeded = { approvalRequired: true, ...request.need };
  if (!approval) throw new AppError('FORBIDDEN', MESSAGES[request.need.reason], details);
  return approveAsManager(ctx, {
    storeId: request.storeId,
    requestedBy: actor.staffId,
    purpose: request.purpose,
    username: approval.username,
    password: approval.password,
    details: { ...details },
  });
}
