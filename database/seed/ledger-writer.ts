import type Database from 'better-sqlite3';
import type { SeededRandom } from './random';
import { iso } from './seed-time';

/**
 * Appends stock movements through one prepared statement. The ledger triggers stay on: each
 * insert updates stock_levels and refuses negative stock, exactly as in the app (only the
 * outbox is paused while seeding).
 */
export class LedgerWriter {
  private readonly insert: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly random: SeededRandom,
  ) {
    this.insert = db.prepare(
      `INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "order_id", "staff_id", "occurred_at", "created_at")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  receipt(
    storeId: number,
    productId: number,
    quantity: number,
    unitCostCents: number,
    staffId: number,
    atMs: number,
  ): void {
    const stamp = iso(atMs);
    this.insert.run(
      this.random.uid(atMs),
      storeId,
      productId,
      'receipt',
      quantity,
      unitCostCents,
      null,
      staffId,
      stamp,
      stamp,
    );
  }

  /** `quantity` is the number of units sold; the ledger stores it negated. */
  sale(
    storeId: number,
    productId: number,
    quantity: number,
    unitCostCents: number,
    orderId: number,
    staffId: number,
    stamp: string,
    atMs: number,
  ): void {
    this.insert.run(
      this.random.uid(atMs),
      storeId,
      productId,
      'sale',
      -quantity,
      unitCostCents,
      orderId,
      staffId,
      stamp,
      stamp,
    );
  }
}
