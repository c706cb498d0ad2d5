import type { SellableCatalog } from '../catalog/products';
import type { LedgerWriter } from '../ledger-writer';
import { DAY_MS, deliveryMorning } from '../seed-time';

export interface StockedStore {
  id: number;
  /** Receipts are booked by the store's manager. */
  managerId: number;
}

/**
 * Mirrors stock on hand per store and product in memory so sales never ask the database, and
 * reorders like a careful manager: when a sale leaves stock at or below the reorder point, the
 * reorder quantity is ordered from the product's supplier and received on the morning it
 * arrives, before the sale that first finds it there. The database triggers still check every
 * movement; this only keeps the generator from asking for stock that is not there.
 */
export class StockKeeper {
  private readonly onHand: Int32Array;
  /** When the open purchase order of each store/product arrives; 0 when none is open. */
  private readonly arrivalMs: Float64Array;
  private readonly productCount: number;

  constructor(
    private readonly catalog: SellableCatalog,
    private readonly stores: readonly StockedStore[],
    private readonly ledger: LedgerWriter,
  ) {
    this.productCount = catalog.productIds.length;
    this.onHand = new Int32Array(stores.length * this.productCount);
    this.arrivalMs = new Float64Array(stores.length * this.productCount);
  }

  /** The opening count of a store's shelf, before trading starts. */
  open(storeIndex: number, productIndex: number, quantity: number, atMs: number): void {
    this.receive(storeIndex, productIndex, quantity, atMs);
  }

  /**
   * Takes up to `wanted` units for a sale at `atMs` and returns how many there were (0 when out
   * of stock). Deliveries due by then are received first.
   */
  take(storeIndex: number, productIndex: number, wanted: number, atMs: number): number {
    const slot = storeIndex * this.productCount + productIndex;
    const arrival = this.arrivalMs[slot]!;
    if (arrival !== 0 && arrival <= atMs) this.deliver(storeIndex, productIndex, arrival);
    const taken = Math.min(wanted, this.onHand[slot]!);
    if (taken === 0) return 0;
    this.onHand[slot]! -= taken;
    if (this.onHand[slot]! <= this.catalog.reorderPoint[productIndex]! && this.arrivalMs[slot] === 0) {
      this.arrivalMs[slot] = deliveryMorning(atMs + this.catalog.leadTimeDays[productIndex]! * DAY_MS);
    }
    return taken;
  }

  /** An empty shelf a customer insists on: the open order is rushed in just before the sale. */
  expedite(storeIndex: number, productIndex: number, atMs: number): void {
    this.deliver(storeIndex, productIndex, atMs - 60_000);
  }

  /** Receives every open order due by `untilMs`, store by store; returns how many there were. */
  deliverDue(storeIndex: number, untilMs: number): number {
    let delivered = 0;
    for (let productIndex = 0; productIndex < this.productCount; productIndex++) {
      const arrival = this.arrivalMs[storeIndex * this.productCount + productIndex]!;
      if (arrival !== 0 && arrival <= untilMs) {
        this.deliver(storeIndex, productIndex, arrival);
        delivered++;
      }
    }
    return delivered;
  }

  private deliver(storeIndex: number, productIndex: number, atMs: number): void {
    this.arrivalMs[storeIndex * this.productCount + productIndex] = 0;
    this.receive(storeIndex, productIndex, this.catalog.reorderQty[productIndex]!, atMs);
  }

  private receive(storeIndex: number, productIndex: number, quantity: number, atMs: number): void {
    if (quantity <= 0) return;
    this.onHand[storeIndex * this.productCount + productIndex]! += quantity;
    const store = this.stores[storeIndex]!;
    const cost = this.catalog.costCents[productIndex]!;
    this.ledger.receipt(store.id, this.catalog.productIds[productIndex]!, quantity, cost, store.managerId, atMs);
  }
}
