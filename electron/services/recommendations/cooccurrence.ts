import { basketContribution, similarity } from './basket-pairs';

/** Neighbours kept per product by a rebuild; sales since then may add more until the next one. */
export const NEIGHBOURS_PER_PRODUCT = 50;

export interface Neighbour {
  productId: number;
  similarity: number;
}

export interface KeptPair {
  productId: number;
  otherId: number;
  weight: number;
}

/**
 * Counts co-occurrence over a stream of baskets, in memory, for the products of one partition
 * (`productId % parts === part`) so a rebuild bounds its memory by running several passes; the
 * evaluation runs one pass over everything. Popularity is counted for every product on every pass.
 */
export class CooccurrenceCounter {
  readonly popularity = new Map<number, number>();
  private readonly pairs = new Map<number, Map<number, number>>();

  constructor(
    private readonly part = 0,
    private readonly parts = 1,
  ) {}

  addBasket(productIds: Iterable<number>, atMs: number): void {
    const { weight, products } = basketContribution(productIds, atMs);
    for (const product of products) this.popularity.set(product, (this.popularity.get(product) ?? 0) + weight);
    if (products.length < 2) return;
    for (const product of products) {
      if (product % this.parts !== this.part) continue;
      let others = this.pairs.get(product);
      if (!others) this.pairs.set(product, (others = new Map()));
      for (const other of products) if (other !== product) others.set(other, (others.get(other) ?? 0) + weight);
    }
  }

  /** Each counted product's strongest neighbours by similarity, with the raw pair weights to store. */
  *strongestPairs(limit = NEIGHBOURS_PER_PRODUCT): Generator<KeptPair[]> {
    for (const [productId, others] of this.pairs) {
      const own = this.popularity.get(productId) ?? 0;
      const ranked = [...others]
        .map(([otherId, weight]) => ({
          otherId,
          weight,
          score: similarity(weight, own, this.popularity.get(otherId) ?? 0),
        }))
        .sort((a, b) => b.score - a.score || a.otherId - b.otherId)
        .slice(0, limit);
      yield ranked.map(({ otherId, weight }) => ({ productId, otherId, weight }));
    }
  }

  /** Every counted product's neighbours, as the in-memory source of the evaluation. */
  neighbourTable(limit = NEIGHBOURS_PER_PRODUCT): Map<number, Neighbour[]> {
    const table = new Map<number, Neighbour[]>();
    for (const kept of this.strongestPairs(limit)) {
      if (kept.length === 0) continue;
      table.set(
        kept[0]!.productId,
        kept.map((pair) => ({
          productId: pair.otherId,
          similarity: similarity(pair.weight, this.popularity.get(pair.productId)!, this.popularity.get(pair.otherId)!),
        })),
      );
    }
    return table;
  }

  /** Products by decayed popularity, most popular first. */
  mostPopular(limit: number): number[] {
    return [...this.popularity]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([productId]) => productId);
  }
}
