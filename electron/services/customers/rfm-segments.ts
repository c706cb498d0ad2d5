import type { CustomerSegmentName } from '../../../shared/contract/customers';

/**
 * The segment of each (R, F) pair: rows R = 5 down to 1, columns F = 1 to 5, exactly the table
 * documented with CUSTOMER_SEGMENTS. Recent and frequent is best; frequent but gone quiet is the
 * loss to prevent; rare and long gone is lost.
 */
const SEGMENT_GRID: readonly (readonly CustomerSegmentName[])[] = [
  ['new', 'potential_loyalists', 'potential_loyalists', 'champions', 'champions'],
  ['new', 'potential_loyalists', 'potential_loyalists', 'loyal', 'loyal'],
  ['need_attention', 'need_attention', 'need_attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose_them'],
  ['lost', 'lost', 'at_risk', 'at_risk', 'cant_lose_them'],
];

/** The segment for recency and frequency scores of 1–5 each. */
export function segmentOf(rScore: number, fScore: number): CustomerSegmentName {
  const segment = SEGMENT_GRID[5 - rScore]?.[fScore - 1];
  if (segment === undefined) throw new RangeError(`RFM scores run from 1 to 5, not R=${rScore} F=${fScore}.`);
  return segment;
}
