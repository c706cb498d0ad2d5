import { formatCount } from '../../lib/format';

const dayFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "1 day", "3.5 days": lead times and days of cover, in the person's locale. */
export function formatDays(days: number): string {
  return `${dayFormat.format(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** "1 line", "1,200 lines": a count with its noun in the right number. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
