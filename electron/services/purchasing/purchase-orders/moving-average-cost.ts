export interface CostBasis {
  /** Units on hand in all stores before the delivery; a negative total (backorders) counts as none. */
  onHandAllStores: number;
  costCents: number;
  quantity: number;
  unitCostCents: number;
}

/**
 * The moving average cost after a delivery:
 * (max(onHand, 0) × cost + quantity × unitCost) / (max(onHand, 0) + quantity), rounded to whole
 * cents half away from zero (every term is non-negative, so half up: ⌊(2n + d) / 2d⌋). Computed
 * on BigInt so large stocks of expensive goods round exactly.
 */
export function movingAverageCost(basis: CostBasis): number {
  const held = BigInt(Math.max(basis.onHandAllStores, 0));
  const numerator = held * BigInt(basis.costCents) + BigInt(basis.quantity) * BigInt(basis.unitCostCents);
  const denominator = held + BigInt(basis.quantity);
  return Number((2n * numerator + denominator) / (2n * denominator));
}
