/**
 * Time decay that never needs rescaling: an event at instant t weighs 2^((t − epoch) / half-life).
 * Newer events weigh more, and the ratio between any two weights is exactly the decay between
 * them, so sums kept incrementally stay right as time passes without touching old rows, and the
 * similarities read from them (ratios of such sums) do not depend on the epoch at all.
 */
const EPOCH_MS = Date.UTC(2020, 0, 1);
const DAY_MS = 86_400_000;

/** Co-occurrence and popularity lose half their weight in this time. */
export const ITEM_HALF_LIFE_DAYS = 90;

/** A customer's own signals (what they bought, viewed) lose half their weight in this time. */
export const CUSTOMER_HALF_LIFE_DAYS = 120;

/** The weight of a basket or an event at `atMs` in the item tables. */
export function itemWeight(atMs: number): number {
  return 2 ** ((atMs - EPOCH_MS) / (ITEM_HALF_LIFE_DAYS * DAY_MS));
}

/** How much of a customer's signal at `atMs` is left at `nowMs` (1 when new, never above 1). */
export function customerDecay(atMs: number, nowMs: number): number {
  return 2 ** (-Math.max(0, nowMs - atMs) / (CUSTOMER_HALF_LIFE_DAYS * DAY_MS));
}
