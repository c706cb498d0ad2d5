import type Database from 'better-sqlite3';
import { SALE_STATUSES } from '../../../shared/sales';
import { basketContribution } from './basket-pairs';
import { adders } from './basket-change';

/** Pair increments summed in memory before they are written: a few tens of MB of maps at most. */
const FLUSH_AFTER_INCREMENTS = 500_000;

/**
 * The baskets of imported sales, added to the item tables in the import's transaction. A file of
 * history holds many baskets of the same products, so their weights are summed in memory first
 * and each product and pair is written once per batch instead of once per basket. Imported
 * orders have no returns, so a basket is its lines' products when the order is a sale.
 */
export class ImportedBaskets {
  private readonly popularity = new Map<number, number>();
  private readonly pairs = new Map<number, Map<number, number>>();
  private increments = 0;

  constructor(private readonly sql: Database.Database) {}

  add(status: string, placedAt: string, lines: readonly { productId: number; quantity: number }[]): void {
    if (!(SALE_STATUSES as readonly string[]).includes(status)) return;
    const standing = lines.filter((line) => line.quantity > 0).map((line) => line.productId);
    if (standing.length === 0) return;
    const { weight, products } = basketContribution(standing, Date.parse(placedAt));
    for (const product of products) {
      this.popularity.set(product, (this.popularity.get(product) ?? 0) + weight);
      let row = this.pairs.get(product);
      if (!row) this.pairs.set(product, (row = new Map()));
      for (const other of products) if (other !== product) row.set(other, (row.get(other) ?? 0) + weight);
    }
    this.increments += products.length * products.length;
    if (this.increments >= FLUSH_AFTER_INCREMENTS) this.flush();
  }

  /** Writes what is summed so far; call once more when the import's rows are done. */
  flush(): void {
    const write = adders(this.sql);
    for (const [product, weight] of this.popularity) write.product(product, weight);
    for (const [product, row] of this.pairs) for (const [other, weight] of row) write.pair(product, other, weight);
    this.popularity.clear();
    this.pairs.clear();
    this.increments = 0;
  }
}
