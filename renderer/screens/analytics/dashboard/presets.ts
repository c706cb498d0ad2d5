import { addDays, bucketEnd, bucketStart } from './days';

/**
 * Ranges named relative to today, so a bookmarked "last 30 days" stays the last 30 days. "All
 * time" starts early enough for any history a store may import (no channel names the first sale).
 */
export const RANGE_PRESETS = [
  { value: 'last-7-days', label: 'Last 7 days' },
  { value: 'last-30-days', label: 'Last 30 days' },
  { value: 'last-90-days', label: 'Last 90 days' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'this-year', label: 'This year' },
  { value: 'last-year', label: 'Last year' },
  { value: 'all-time', label: 'All time' },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]['value'];

export const ALL_TIME_FROM = '1970-01-01';

export interface DayRange {
  fromDay: string;
  toDay: string;
}

export function isRangePreset(value: string | null): value is RangePreset {
  return RANGE_PRESETS.some((preset) => preset.value === value);
}

export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'last-7-days':
      return { fromDay: addDays(today, -6), toDay: today };
    case 'last-30-days':
      return { fromDay: addDays(today, -29), toDay: today };
    case 'last-90-days':
      return { fromDay: addDays(today, -89), toDay: today };
    case 'this-month':
      return { fromDay: bucketStart(today, 'month'), toDay: today };
    case 'last-month': {
      const start = bucketStart(addDays(bucketStart(today, 'month'), -1), 'month');
      return { fromDay: start, toDay: bucketEnd(start, 'month') };
    }
    case 'this-year':
      return { fromDay: bucketStart(today, 'year'), toDay: today };
    case 'last-year': {
      const start = bucketStart(addDays(bucketStart(today, 'year'), -1), 'year');
      return { fromDay: start, toDay: bucketEnd(start, 'year') };
    }
    case 'all-time':
      return { fromDay: ALL_TIME_FROM, toDay: today };
  }
}
