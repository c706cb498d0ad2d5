import type { StockedProduct } from '../stock/products';

/** Units a cart takes of each product (a product may sit on several lines). */
export function unitsByProduct(lines: readonly { productId: number; quantity: number }[]): Map<number, number> {
  const units = new Map<number, number>();
  for (const line of lines) units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
  return units;
}

/** Products the cart would take below zero, with what is on hand. */
export function shortProducts(
  products: ReadonlyMap<number, StockedProduct>,
  units: ReadonlyMap<number, number>,
): { product: StockedProduct; requested: number }[] {
  const short: { product: StockedProduct; requested: number }[] = [];
  for (const [productId, requested] of units) {
    const product = products.get(productId)!;
    if (requested > product.onHand) short.push({ product, requested });
  }
  return short;
}
