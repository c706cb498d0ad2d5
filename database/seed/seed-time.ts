/**
 * The demo data's calendar, relative to the day the seed is asked to end on: trade runs for
 * eighteen months up to the start of that day, so low stock, lapsed customers and charts look
 * current whenever the data is loaded. The same end day always gives the same rows.
 */
export const DAY_MS = 86_400_000;

const HISTORY_MONTHS = 18;
/** The stores, staff and catalog are set up this long before the first sale. */
const SETUP_LEAD_DAYS = 30;

export interface SeedTimeline {
  /** The end of the generated history: 00:00 UTC of the end day. Nothing happens from then on. */
  endMs: number;
  /** The first trading day, eighteen months before the end day. */
  historyStartMs: number;
  /** When the stores, staff and catalog were set up, before the first sale. */
  setupMs: number;
}

/** The timeline of a history ending on the (UTC) day of `endAt`; the time of day is ignored. */
export function seedTimeline(endAt: Date): SeedTimeline {
  const endMs = Math.floor(endAt.getTime() / DAY_MS) * DAY_MS;
  if (!Number.isFinite(endMs)) throw new Error('The demo data needs a valid end date.');
  const end = new Date(endMs);
  const startMonth = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - HISTORY_MONTHS, 1);
  // The same day of the month, or the month's last day when it is shorter (31 August → 28 February).
  const historyStartMs = startMonth + (Math.min(end.getUTCDate(), daysInMonth(startMonth)) - 1) * DAY_MS;
  return { endMs, historyStartMs, setupMs: historyStartMs - SETUP_LEAD_DAYS * DAY_MS };
}

function daysInMonth(monthStartMs: number): number {
  const date = new Date(monthStartMs);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** 06:00 UTC of the day containing `ms`: when deliveries are received, before the doors open. */
export function deliveryMorning(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + 6 * 3_600_000;
}
