/**
 * The host's low-stock rule (the list's "Low stock only" filter, the low-stock view, reorder
 * suggestions): at or below a reorder point above 0. A reorder point of 0, every new product's,
 * means nobody reorders the product, so it is never low however little is left.
 */
export function isLowStock(onHand: number, reorderPoint: number): boolean {
  return reorderPoint > 0 && onHand <= reorderPoint;
}
