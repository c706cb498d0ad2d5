import { REORDER_COVER_DAYS, VELOCITY_WINDOW_DAYS } from '../../../shared/contract';

export interface ReorderNeed {
  /** Units sold over the velocity window. */
  sold: number;
  leadTimeDays: number;
  onHand: number;
  onOrder: number;
  reorderQty: number;
}

/**
 * max(reorderQty, ⌈velocity × (lead time + cover days)⌉ − onHand − onOrder). Velocity is
 * sold / window, so the demand is computed as ⌈sold × days / window⌉ on integers: no float can
 * round a whole number of units up by one. 0 means nothing to order.
 */
export function suggestedQuantity(need: ReorderNeed): number {
  const days = need.leadTimeDays + REORDER_COVER_DAYS;
  const demand = Math.ceil((need.sold * days) / VELOCITY_WINDOW_DAYS);
  return Math.max(need.reorderQty, demand - need.onHand - need.onOrder, 0);
}
