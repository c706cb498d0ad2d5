import { MAX_BASKET_PRODUCTS, similarity } from './basket-pairs';
import { itemWeight } from './decay';

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

/** Baskets as three typed arrays: basket b holds products[starts[b]] .. products[starts[b + 1] − 1]. */
export interface BasketTable {
  count: number;
  starts: Int32Array;
  products: Int32Array;
  placedAtMs: Float64Array;
}

/** A basket table from baskets held as objects (the evaluation's datasets). */
export function basketTable(baskets: readonly { products: readonly number[]; atMs: number }[]): BasketTable {
  const starts = new Int32Array(baskets.length + 1);
  const products = new Int32Array(baskets.reduce((sum, basket) => sum + basket.products.length, 0));
  const placedAtMs = new Float64Array(baskets.length);
  let at = 0;
  baskets.forEach((basket, b) => {
    starts[b] = at;
    products.set(basket.products, at);
    at += basket.products.length;
    placedAtMs[b] = basket.atMs;
  });
  starts[baskets.length] = at;
  return { count: baskets.length, starts, products, placedAtMs };
}

/**
 * Co-occurrence of products over a table of baskets, counted without hash maps: each basket is
 * reduced once to its distinct products (first seen, at most MAX_BASKET_PRODUCTS, as a sale adds
 * them incrementally) and its decayed weight; then, for one share of the products at a time
 * (`productId % parts === part`), every (product, other) increment is bucketed by product into
 * flat arrays and summed in one dense scratch row per product. Memory per pass is 12 bytes per
 * increment of that share, so a rebuild bounds it by choosing the number of passes.
 */
export class NeighbourCounter {
  readonly popularity: Float64Array;
  private readonly starts: Int32Array;
  private readonly products: Int32Array;
  private readonly weights: Float64Array;
  private readonly size: number;

  constructor(table: BasketTable) {
    let maxId = 0;
    for (const product of table.products) if (product > maxId) maxId = product;
    this.size = maxId + 1;
    this.popularity = new Float64Array(this.size);
    this.starts = new Int32Array(table.count + 1);
    this.products = new Int32Array(table.products.length);
    this.weights = new Float64Array(table.count);
    const seen = new Int32Array(this.size);
    let at = 0;
    for (let b = 0; b < table.count; b++) {
      this.starts[b] = at;
      const weight = itemWeight(table.placedAtMs[b]!);
      this.weights[b] = weight;
      let kept = 0;
      for (let i = table.starts[b]!; i < table.starts[b + 1]! && kept < MAX_BASKET_PRODUCTS; i++) {
        const product = table.products[i]!;
        if (seen[product] === b + 1) continue;
        seen[product] = b + 1;
        this.products[at++] = product;
        this.popularity[product]! += weight;
        kept++;
      }
    }
    this.starts[table.count] = at;
  }

  get baskets(): number {
    return this.weights.length;
  }

  /** How many (product, other) increments all baskets make: what the passes share. */
  pairIncrements(): number {
    let total = 0;
    for (let b = 0; b < this.weights.length; b++) {
      const n = this.starts[b + 1]! - this.starts[b]!;
      total += n * (n - 1);
    }
    return total;
  }

  /** The strongest neighbours by similarity of each product of the share, with the raw pair weights to store. */
  *strongestPairs(part = 0, parts = 1, limit = NEIGHBOURS_PER_PRODUCT): Generator<KeptPair[]> {
    const { offsets, others, weights } = this.bucket(part, parts);
    const row = new Float64Array(this.size);
    const touched: number[] = [];
    for (let product = 0; product < this.size; product++) {
      if (offsets[product] === offsets[product + 1]) continue;
      for (let i = offsets[product]!; i < offsets[product + 1]!; i++) {
        const other = others[i]!;
        if (row[other] === 0) touched.push(other);
        row[other]! += weights[i]!;
      }
      const own = this.popularity[product]!;
      const kept = touched
        .map((other) => ({ other, weight: row[other]!, score: similarity(row[other]!, own, this.popularity[other]!) }))
        .sort((a, b) => b.score - a.score || a.other - b.other)
        .slice(0, limit)
        .map(({ other, weight }) => ({ productId: product, otherId: other, weight }));
      for (const other of touched) row[other] = 0;
      touched.length = 0;
      yield kept;
    }
  }

  /** Every increment of the share's products, grouped by product (a counting sort). */
  private bucket(part: number, parts: number) {
    const offsets = new Int32Array(this.size + 1);
    const inShare = (product: number) => product % parts === part;
    this.eachBasket((first, end) => {
      const n = end - first;
      for (let i = first; i < end; i++) if (inShare(this.products[i]!)) offsets[this.products[i]! + 1]! += n - 1;
    });
    for (let product = 0; product < this.size; product++) offsets[product + 1]! += offsets[product]!;
    const fill = offsets.slice(0, this.size);
    const others = new Int32Array(offsets[this.size]!);
    const weights = new Float64Array(offsets[this.size]!);
    this.eachBasket((first, end, weight) => {
      for (let i = first; i < end; i++) {
        const product = this.products[i]!;
        if (!inShare(product)) continue;
        for (let j = first; j < end; j++) {
          if (j === i) continue;
          const at = fill[product]!++;
          others[at] = this.products[j]!;
          weights[at] = weight;
        }
      }
    });
    return { offsets, others, weights };
  }

  private eachBasket(visit: (first: number, end: number, weight: number) => void): void {
    for (let b = 0; b < this.weights.length; b++) visit(this.starts[b]!, this.starts[b + 1]!, this.weights[b]!);
  }

  /** Every product's neighbours in one pass, as the in-memory source of the evaluation. */
  neighbourTable(limit = NEIGHBOURS_PER_PRODUCT): Map<number, Neighbour[]> {
    const table = new Map<number, Neighbour[]>();
    for (const kept of this.strongestPairs(0, 1, limit)) {
      table.set(
        kept[0]!.productId,
        kept.map((pair) => ({
          productId: pair.otherId,
          similarity: similarity(pair.weight, this.popularity[pair.productId]!, this.popularity[pair.otherId]!),
        })),
      );
    }
    return table;
  }

  /** Products by decayed popularity, most popular first. */
  mostPopular(limit: number): number[] {
    const ids: number[] = [];
    this.popularity.forEach((weight, product) => weight > 0 && ids.push(product));
    return ids.sort((a, b) => this.popularity[b]! - this.popularity[a]! || a - b).slice(0, limit);
  }
}
