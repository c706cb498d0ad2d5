import type { ItemSource } from './ranking-types';

/**
 * How much a shared browsing session counts against a shared basket. Looking at two products the
 * same day says less than buying them together (views are cheap, and some are comparisons between
 * alternatives), so a session pair weighs half a basket pair of the same cosine.
 */
export const VIEWED_WITH_WEIGHT = 0.5;

export interface BlendedNeighbour {
  productId: number;
  similarity: number;
  /** True when shared sessions gave more of the similarity than shared baskets: "often viewed with". */
  viewed: boolean;
}

/**
 * A product's neighbours by baskets and, unless `withViews` is false, by sessions, similarities
 * added, each with the signal that gave most.
 */
export function blendedNeighbours(source: ItemSource, productId: number, withViews = true): BlendedNeighbour[] {
  const byId = new Map<number, { basket: number; viewed: number }>();
  for (const neighbour of source.neighbours(productId))
    byId.set(neighbour.productId, { basket: neighbour.similarity, viewed: 0 });
  for (const neighbour of (withViews && source.viewedWith?.(productId)) || []) {
    const entry = byId.get(neighbour.productId) ?? { basket: 0, viewed: 0 };
    entry.viewed = VIEWED_WITH_WEIGHT * neighbour.similarity;
    byId.set(neighbour.productId, entry);
  }
  return [...byId].map(([id, parts]) => ({
    productId: id,
    similarity: parts.basket + parts.viewed,
    viewed: parts.viewed > parts.basket,
  }));
}
