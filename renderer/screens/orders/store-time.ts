/**
 * Times of sales on the wall clock of the store where they happened, never the computer's: the
 * product speaks of store-local days and times everywhere (end of day, date filters, analytics).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOnClock(iso: string, timeZone: string, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${withTime ? 'datetime' : 'date'} ${timeZone}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone,
    });
    formats.set(key, format);
  }
  return format.format(date);
}

/** `iso` as a date and time in the person's locale, on the clock of `timeZone` (an IANA name). */
export function formatStoreDateTime(iso: string, timeZone: string): string {
  return formatOnClock(iso, timeZone, true);
}

/** `iso` as the store's calendar day in the person's locale, on the clock of `timeZone`. */
export function formatStoreDate(iso: string, timeZone: string): string {
  return formatOnClock(iso, timeZone, false);
}
