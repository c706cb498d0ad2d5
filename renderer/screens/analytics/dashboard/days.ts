import type { AnalyticsGrain } from '../../../../shared/contract/analytics';

/**
 * Calendar arithmetic on ISO days ("2026-03-31"). Days here name dates, not instants, so they are
 * read and written at UTC midnight, where no clock change can shift them.
 */
const DAY_MS = 86_400_000;

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function fromParts(year: number, monthIndex: number, date: number): string {
  return fromMs(Date.UTC(year, monthIndex, date));
}

export function addDays(day: string, days: number): string {
  return fromMs(toMs(day) + days * DAY_MS);
}

export function isDay(text: string | null): text is string {
  return text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && fromMs(toMs(text)) === text;
}

/** The first day of the bucket holding `day`: weeks start on Monday, as the dashboard's series does. */
export function bucketStart(day: string, grain: AnalyticsGrain): string {
  const date = new Date(toMs(day));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (grain) {
    case 'day':
      return day;
    case 'week':
      return addDays(day, -((date.getUTCDay() + 6) % 7));
    case 'month':
      return fromParts(year, month, 1);
    case 'quarter':
      return fromParts(year, month - (month % 3), 1);
    case 'year':
      return fromParts(year, 0, 1);
  }
}

/** The first day of the bucket after the one starting on `start`. */
export function nextBucket(start: string, grain: AnalyticsGrain): string {
  const date = new Date(toMs(start));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (grain) {
    case 'day':
      return addDays(start, 1);
    case 'week':
      return addDays(start, 7);
    case 'month':
      return fromParts(year, month + 1, 1);
    case 'quarter':
      return fromParts(year, month + 3, 1);
    case 'year':
      return fromParts(year + 1, 0, 1);
  }
}

/** The last day of the bucket starting on `start`. */
export function bucketEnd(start: string, grain: AnalyticsGrain): string {
  return addDays(nextBucket(start, grain), -1);
}

/** Days from `from` to `to`, both counted. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}
