import type { AdjustmentReason, MovementKind } from '../../../../shared/contract';

export const MOVEMENT_LABELS: Record<MovementKind, string> = {
  receipt: 'Delivery',
  sale: 'Sale',
  return: 'Return',
  adjustment: 'Adjustment',
  count: 'Stock count',
  transfer: 'Transfer',
};

export const REASON_LABELS: Record<AdjustmentReason, string> = {
  damaged: 'Damaged',
  expired: 'Expired',
  theft: 'Theft',
  correction: 'Correction',
};
