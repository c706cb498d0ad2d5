/**
 * The demo data's calendar: fixed instants instead of the wall clock, so a seed run today and one
 * next year produce the same rows. Trade runs for eighteen months up to BASE_TIME.
 */
export const DAY_MS = 86_400_000;

/** The end of the generated history: 2026-11-01T00:00:00Z. */
export const BASE_TIME = Date.UTC(2026, 10, 1);

/** The first trading day: 2025-05-01T00:00:00Z. */
export const HISTORY_START = Date.UTC(2025, 4, 1);

/** When the stores, staff and catalog were set up, before the first sale. */
export const SETUP_TIME = HISTORY_START - 30 * DAY_MS;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** 06:00 UTC of the day containing `ms`: when deliveries are received, before the doors open. */
export function deliveryMorning(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + 6 * 3_600_000;
}
