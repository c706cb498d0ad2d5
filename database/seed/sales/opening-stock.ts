import type { SellableCatalog } from '../catalog/products';
import type { SeededRandom } from '../random';
import { writeInChunks, type SeedContext } from '../seed-context';
import { DAY_MS, deliveryMorning } from '../seed-time';
import type { StockKeeper } from './stock-keeper';

const RECEIPTS_PER_TRANSACTION = 25_000;

/**
 * The opening count of every shelf in every store, the morning before the first sale: a full
 * reorder cycle for products on sale, a few leftover units of discontinued ones. Every
 * store/product pair gets a receipt, so every stock_levels row carries a ledger timestamp.
 * Receipts are booked a millisecond apart, so their time-ordered uids append to the uid indexes
 * instead of landing all over them.
 */
export async function seedOpeningStock(
  ctx: SeedContext,
  random: SeededRandom,
  stock: StockKeeper,
  catalog: SellableCatalog,
  storeCount: number,
): Promise<void> {
  const productCount = catalog.productIds.length;
  const startMs = deliveryMorning(ctx.time.historyStartMs - DAY_MS);
  await writeInChunks(ctx, 'stock', storeCount * productCount, RECEIPTS_PER_TRANSACTION, (from, to) => {
    for (let slot = from; slot < to; slot++) {
      const productIndex = slot % productCount;
      const reorderQty = catalog.reorderQty[productIndex]!;
      const quantity =
        reorderQty === 0 ? random.int(1, 8) : catalog.reorderPoint[productIndex]! + random.int(1, reorderQty);
      stock.open(Math.floor(slot / productCount), productIndex, quantity, startMs + slot);
    }
  });
}
