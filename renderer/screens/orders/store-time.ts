/**
 * Times of sales on the wall clock of the store where they happened, never the computer's: the
 * product speaks of store-local days and times everywhere (end of day, date filters, analytics).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** `iso` as a date and time in the person's locale, on the clock of `timeZone` (an IANA name). */
export function formatStoreDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    formats.set(timeZone, format);
  }
  return format.format(date);
}
