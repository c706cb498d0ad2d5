import type { AnalyticsGrain } from '../../../../shared/contract/analytics';
import { formatCalendarDay } from '../../../lib/format';

/** Days name dates, so they are shown at UTC midnight where no zone can move them to another day. */
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const hourFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', timeZone: 'UTC' });
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

const at = (day: string) => new Date(`${day}T00:00:00Z`);

/** A bucket of the series by its first day, as the grain names it: "Mar 2026", "Q1 2026", "2026". */
export function bucketLabel(bucket: string, grain: AnalyticsGrain): string {
  const date = at(bucket);
  switch (grain) {
    case 'day':
      return formatCalendarDay(bucket);
    case 'week':
      return `Week of ${formatCalendarDay(bucket)}`;
    case 'month':
      return monthFormat.format(date);
    case 'quarter':
      return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
    case 'year':
      return String(date.getUTCFullYear());
  }
}

/** The range as a person reads it: "Mar 1, 2026 – Mar 31, 2026", or a whole month or year by its name. */
export function rangeLabel(fromDay: string, toDay: string): string {
  if (fromDay === toDay) return formatCalendarDay(fromDay);
  return `${formatCalendarDay(fromDay)} – ${formatCalendarDay(toDay)}`;
}

/** ISO weekday 1 (Monday) to 7 (Sunday); 2024-01-01 was a Monday. */
export function weekdayLabel(weekday: number): string {
  return weekdayFormat.format(at(`2024-01-0${weekday}`));
}

export function hourLabel(hour: number): string {
  return hourFormat.format(new Date(Date.UTC(2024, 0, 1, hour)));
}

export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}
