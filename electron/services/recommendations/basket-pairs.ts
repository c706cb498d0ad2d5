import { itemWeight } from './decay';

/**
 * The most products of one basket that count towards pairs. A wholesale basket of hundreds of
 * lines says little about any two of them and would cost its size squared; its first products
 * still count.
 */
export const MAX_BASKET_PRODUCTS = 40;

/** What one basket adds to the item tables: each product's popularity and each ordered pair. */
export interface BasketContribution {
  weight: number;
  products: number[];
}

/** The distinct products of a basket (in first-seen order, capped) and the weight of its time. */
export function basketContribution(productIds: Iterable<number>, atMs: number): BasketContribution {
  const products = [...new Set(productIds)].slice(0, MAX_BASKET_PRODUCTS);
  return { weight: itemWeight(atMs), products };
}

/**
 * How alike two products are: their shared baskets over the geometric mean of their own (cosine
 * of the decayed basket vectors). Dividing by both popularities damps the best sellers, which
 * share a basket with everything, so the neighbours are the products bought *because of* each
 * other.
 */
export function similarity(pairWeight: number, productWeight: number, otherWeight: number): number {
  if (productWeight <= 0 || otherWeight <= 0) return 0;
  return pairWeight / Math.sqrt(productWeight * otherWeight);
}
