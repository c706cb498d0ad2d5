import type { SeededRandom } from '../random';
import { DAY_MS, type SeedTimeline } from '../seed-time';
import { DEPARTMENTS } from '../words/departments';
import type { PlannedProduct } from './product-plan';

/** Sales pick products by rank with P(rank < k) = (k / n)^(1 / POPULARITY_SKEW). */
export const POPULARITY_SKEW = 2;

/**
 * The order in which sales favour products: a random order weighted by department appeal
 * (Efraimidis–Spirakis keys), so milk and bananas tend to be best sellers and wine does not.
 * Archived products are not sold at all.
 */
export function rankByPopularity(random: SeededRandom, products: readonly PlannedProduct[]): Int32Array {
  const keyed: { index: number; key: number }[] = [];
  products.forEach((product, index) => {
    const key = random.next() ** (1 / DEPARTMENTS[product.shelf.departmentIndex]!.appeal);
    if (product.archivedMs === null) keyed.push({ index, key });
  });
  keyed.sort((a, b) => b.key - a.key || a.index - b.index);
  return Int32Array.from(keyed, (entry) => entry.index);
}

/**
 * Reorder point and quantity from the demand the sales generator will put on a product: enough
 * to cover the supplier's lead time with half again as safety stock, and about two weeks of
 * sales per delivery, in whole cases.
 */
export function reorderPolicy(
  rank: number,
  rankedCount: number,
  unitsPerStore: number,
  leadTimeDays: number,
  caseSize: number,
  time: SeedTimeline,
): { reorderPoint: number; reorderQty: number } {
  const historyWeeks = (time.endMs - time.historyStartMs) / (7 * DAY_MS);
  const share = Math.sqrt((rank + 1) / rankedCount) - Math.sqrt(rank / rankedCount);
  const weekly = (share * unitsPerStore) / historyWeeks;
  return {
    reorderPoint: Math.ceil(weekly * (leadTimeDays / 7) * 1.5) + 2,
    reorderQty: Math.max(caseSize, Math.ceil((weekly * 2) / caseSize) * caseSize),
  };
}
