import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../shared/format-bytes';
import { formatSize } from '../../../electron/cli/format';
import { formatElapsed } from '../../../renderer/screens/analytics/query-lab/elapsed';
import { revenueOverTimeSpec } from '../../../renderer/screens/analytics/dashboard/time-specs';
import { formatCalendarDay } from '../../../renderer/lib/format';
import type { Dashboard } from '../../../shared/contract/analytics';
import { formatMoney } from '../../../shared/money';
import { formatTypedValue } from '../../../renderer/screens/import/typed-value';
import { formatDateTime } from '../../../renderer/lib/format';

describe('figures written as the person’s locale writes them', () => {
  it('writes sizes with the locale’s decimal mark and grouping, and the terminal’s one way', () => {
    expect(formatBytes(4_500_000, 'de-DE')).toBe('4,5 MB');
    expect(formatBytes(4_500_000, 'en-US')).toBe('4.5 MB');
    expect(formatBytes(912_000, 'de-DE')).toBe('912 kB');
    expect(formatBytes(999, 'de-DE')).toBe('999 bytes');
    expect(formatBytes(1_234_000_000_000_000, 'de-DE')).toBe('1.234 TB');
    expect(formatSize(4_500_000)).toBe('4.5 MB');
  });

  it('says how long a query took with the locale’s decimal mark', () => {
    expect(formatElapsed(12.34, 'de-DE')).toBe('12,3 ms');
    expect(formatElapsed(12.34, 'en-US')).toBe('12.3 ms');
  });

  it('shows when each period of revenue over time starts as a date of the locale, not as ISO text', () => {
    const series = ['2026-11-08', '2026-11-09'].map((bucket) => ({
      bucket,
      orders: 1,
      units: 1,
      salesCents: 100,
      discountCents: 0,
      returnsCents: 0,
      netRevenueCents: 100,
      costCents: 0,
      grossMarginCents: 100,
      returnCount: 0,
      refundCents: 0,
    }));
    const dashboard = { grain: 'day', filter: { fromDay: '2026-11-08', toDay: '2026-11-09' }, series } as Dashboard;
    const picks = { bucket: () => undefined } as unknown as Parameters<typeof revenueOverTimeSpec>[1];
    const starts = revenueOverTimeSpec(dashboard, picks).table!.rows.map((row) => row[1]);
    expect(starts).toEqual([formatCalendarDay('2026-11-08'), formatCalendarDay('2026-11-09')]);
    expect(starts[0]).not.toBe('2026-11-08');
  });

  it('previews an import’s typed values as the screens show them stored, in the person’s locale', () => {
    // The test runner speaks en-US; a German browser gets 1.234,50 $ and 08.11.2026 from the same formatters.
    expect(formatTypedValue(123_450, 'money')).toBe(formatMoney(123_450, 'USD'));
    expect(formatTypedValue(123_450, 'money')).toBe('$1,234.50');
    expect(formatTypedValue(875, 'percent')).toBe('8.75%');
    expect(formatTypedValue('2026-11-08', 'date')).toBe('Nov 8, 2026');
    expect(formatTypedValue('2026-11-08T09:30:00.000Z', 'datetime')).toBe(formatDateTime('2026-11-08T09:30:00.000Z'));
    expect(formatTypedValue('1234', 'text')).toBe('1234');
    expect(formatTypedValue(null, 'money')).toBe('—');
  });
});
