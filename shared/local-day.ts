/**
 * Store-local calendar days. Every "day" a figure speaks of (end of day, date filters, the
 * velocity window) is a day on the store's wall clock, never a UTC day. A local day is the
 * half-open range of instants [from, to) whose local date is that day: 24 hours on most days,
 * 23 or 25 around a daylight-saving change, 23.5 or 24.5 where the shift is half an hour, and it
 * may start after midnight where the clocks skip midnight itself. Pure: built on Intl only.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** No zone is more than 14 hours from UTC; a search this wide always brackets a day's start. */
const SEARCH_MS = 36 * 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when `zone` is an IANA time zone name this runtime knows (aliases such as 'UTC' included). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The computer's own zone, or UTC when the runtime cannot tell. */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** The date ('YYYY-MM-DD') on the wall clocks of `zone` at `instant`. */
export function localDate(zone: string, instant: Date | string | number): string {
  const parts = formatterFor(zone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar date `days` after (or before, when negative) `date`; no zone is involved. */
export function addDays(date: string, days: number): string {
  return new Date(parseDate(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many calendar days 'YYYY-MM-DD' `first` to `last` span, both counted. */
export function daysSpanned(first: string, last: string): number {
  return Math.round((parseDate(last) - parseDate(first)) / DAY_MS) + 1;
}

/** The first instant whose local date in `zone` is `date`, to the millisecond. */
export function localDayStart(zone: string, date: string): Date {
  const midnightAsUtc = parseDate(date);
  // Invariant: localDate(low) < date <= localDate(high); dates compare as text.
  let low = midnightAsUtc - SEARCH_MS;
  let high = midnightAsUtc + SEARCH_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDate(zone, middle) < date) low = middle;
    else high = middle;
  }
  return new Date(high);
}

/**
 * The first instant of the store's day `days` days before the day of `now`: "in the last N days"
 * counts whole days on the store's calendar (today and the N before it), never rolling 24-hour spans.
 */
export function daysAgoStart(zone: string, now: Date, days: number): Date {
  return localDayStart(zone, addDays(localDate(zone, now), -days));
}

/** How many of the store's days lie between the days of `earlier` and `later` (0 on the same day). */
export function localDaysBetween(zone: string, earlier: Date | string, later: Date | string): number {
  return Math.round((parseDate(localDate(zone, later)) - parseDate(localDate(zone, earlier))) / DAY_MS);
}

/** The local day `date` in `zone` as UTC instants [from, to), ISO-8601 strings. */
export function localDayRange(zone: string, date: string): { from: string; to: string } {
  return localDaysRange(zone, date, date);
}

/** The local days `first` to `last`, both included, as UTC instants [from, to). */
export function localDaysRange(zone: string, first: string, last: string): { from: string; to: string } {
  return {
    from: localDayStart(zone, first).toISOString(),
    to: localDayStart(zone, addDays(last, 1)).toISOString(),
  };
}

function parseDate(date: string): number {
  const match = DATE.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return time;
}
