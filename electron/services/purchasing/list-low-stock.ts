import type Database from 'better-sqlite3';
import type { ChannelOutput, LowStockRow } from '../../../shared/contract';
import type { ParsedInput } from '../stock/channel-input';
import { decodeKeyset, toPage } from '../stock/keyset';
import { requireStore } from '../stock/stores';
import { activeProductFacts, lowLevels, type LowLevel } from './reorder-candidates';
import { dailyVelocity, salesInWindow } from './sales-velocity';

/** The order of urgency: what runs out soonest, then what is furthest below its reorder point. */
interface UrgencyKey {
  daysOfCover: number | null;
  shortfall: number;
  productId: number;
}

type Ranked = LowLevel & {
  salesLast28Days: number;
  dailyVelocity: number;
  daysOfCover: number | null;
  shortfall: number;
};

/**
 * Products at or below their reorder point in a store, most urgent first: lowest days of cover
 * (products that sold nothing, with no cover to speak of, come last), then the largest shortfall
 * below the reorder point. The list is small next to the catalog, so it is ranked in memory and
 * paged by keyset on (days of cover, shortfall, product id). Ranking needs only the stock level
 * (from its covering index) and the units sold; product rows are read for the page alone, and an
 * archived product found there is skipped.
 */
export function listLowStock(
  sql: Database.Database,
  callerStoreId: number,
  now: Date,
  input: ParsedInput<'lowStock.list'>,
): ChannelOutput<'lowStock.list'> {
  const storeId = input.storeId ?? callerStoreId;
  requireStore(sql, storeId);
  const levels = lowLevels(sql, storeId);
  const sold = salesInWindow(
    sql,
    storeId,
    now,
    levels.map((level) => level.productId),
  );
  let ranked = levels.map((level): Ranked => {
    const salesLast28Days = sold.get(level.productId) ?? 0;
    const velocity = dailyVelocity(salesLast28Days);
    // Fields named one by one: spreading a driver row is several times slower at this size.
    return {
      productId: level.productId,
      onHand: level.onHand,
      reorderPoint: level.reorderPoint,
      salesLast28Days,
      dailyVelocity: velocity,
      daysOfCover: velocity === 0 ? null : Math.max(level.onHand, 0) / velocity,
      shortfall: level.reorderPoint - level.onHand,
    };
  });
  ranked.sort(compareUrgency);

  if (input.cursor !== undefined) {
    const [daysOfCover, shortfall, productId] = decodeKeyset(input.cursor, ['number?', 'number', 'number']);
    const after = { daysOfCover, shortfall, productId };
    ranked = ranked.filter((row) => compareUrgency(row, after) > 0);
  }
  return toPage(
    withProducts(sql, storeId, ranked, input.limit + 1),
    input.limit,
    (row) => row,
    (row) => [row.daysOfCover, row.reorderPoint - row.onHand, row.productId],
  );
}

/** The first `wanted` ranked rows of active products, with what the list shows of each. */
function withProducts(
  sql: Database.Database,
  storeId: number,
  ranked: readonly Ranked[],
  wanted: number,
): LowStockRow[] {
  const rows: LowStockRow[] = [];
  for (let start = 0; start < ranked.length && rows.length < wanted; start += wanted) {
    const chunk = ranked.slice(start, start + wanted);
    const facts = activeProductFacts(
      sql,
      storeId,
      chunk.map((row) => row.productId),
    );
    for (const row of chunk) {
      const product = facts.get(row.productId);
      if (product === undefined || rows.length >= wanted) continue;
      const { shortfall: _shortfall, ...shown } = row;
      rows.push({ ...shown, ...product });
    }
  }
  return rows;
}

function compareUrgency(a: UrgencyKey, b: UrgencyKey): number {
  if (a.daysOfCover !== b.daysOfCover) {
    if (a.daysOfCover === null) return 1;
    if (b.daysOfCover === null) return -1;
    return a.daysOfCover - b.daysOfCover;
  }
  return b.shortfall - a.shortfall || a.productId - b.productId;
}
