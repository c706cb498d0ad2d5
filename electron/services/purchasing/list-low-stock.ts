import type Database from 'better-sqlite3';
import type { ChannelOutput, LowStockRow } from '../../../shared/contract';
import type { ParsedInput } from '../stock/channel-input';
import { decodeKeyset, toPage } from '../stock/keyset';
import { requireStore } from '../stock/stores';
import { reorderCandidates } from './reorder-candidates';
import { dailyVelocity, salesInWindow } from './sales-velocity';

/** The order of urgency: what runs out soonest, then what is furthest below its reorder point. */
interface UrgencyKey {
  daysOfCover: number | null;
  shortfall: number;
  productId: number;
}

/**
 * Products at or below their reorder point in a store, most urgent first: lowest days of cover
 * (products that sold nothing, with no cover to speak of, come last), then the largest shortfall
 * below the reorder point. The list is small next to the catalog, so it is ranked in memory and
 * paged by keyset on (days of cover, shortfall, product id).
 */
export function listLowStock(
  sql: Database.Database,
  callerStoreId: number,
  now: Date,
  input: ParsedInput<'lowStock.list'>,
): ChannelOutput<'lowStock.list'> {
  const storeId = input.storeId ?? callerStoreId;
  requireStore(sql, storeId);
  const candidates = reorderCandidates(sql, storeId);
  const sold = salesInWindow(
    sql,
    storeId,
    now,
    candidates.map((candidate) => candidate.productId),
  );
  const rows = candidates.map((candidate): LowStockRow => {
    const salesLast28Days = sold.get(candidate.productId) ?? 0;
    const velocity = dailyVelocity(salesLast28Days);
    return {
      productId: candidate.productId,
      sku: candidate.sku,
      name: candidate.name,
      onHand: candidate.onHand,
      reorderPoint: candidate.reorderPoint,
      reorderQty: candidate.reorderQty,
      salesLast28Days,
      dailyVelocity: velocity,
      daysOfCover: velocity === 0 ? null : Math.max(candidate.onHand, 0) / velocity,
    };
  });
  rows.sort((a, b) => compareUrgency(urgencyOf(a), urgencyOf(b)));

  let remaining = rows;
  if (input.cursor !== undefined) {
    const [daysOfCover, shortfall, productId] = decodeKeyset(input.cursor, ['number?', 'number', 'number']);
    const after = { daysOfCover, shortfall, productId };
    remaining = rows.filter((row) => compareUrgency(urgencyOf(row), after) > 0);
  }
  return toPage(
    remaining,
    input.limit,
    (row) => row,
    (row) => {
      const key = urgencyOf(row);
      return [key.daysOfCover, key.shortfall, key.productId];
    },
  );
}

function urgencyOf(row: LowStockRow): UrgencyKey {
  return { daysOfCover: row.daysOfCover, shortfall: row.reorderPoint - row.onHand, productId: row.productId };
}

function compareUrgency(a: UrgencyKey, b: UrgencyKey): number {
  if (a.daysOfCover !== b.daysOfCover) {
    if (a.daysOfCover === null) return 1;
    if (b.daysOfCover === null) return -1;
    return a.daysOfCover - b.daysOfCover;
  }
  return b.shortfall - a.shortfall || a.productId - b.productId;
}
