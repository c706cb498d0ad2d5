import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../renderer/lib/csv';
import { bucketEnd, bucketStart, nextBucket } from '../../../renderer/screens/analytics/dashboard/days';
import { drillInto, ordersOfDay } from '../../../renderer/screens/analytics/dashboard/drill';
import { presetRange } from '../../../renderer/screens/analytics/dashboard/presets';
import { filledSeries, type SeriesRow } from '../../../renderer/screens/analytics/dashboard/series';
import {
  presetPatch,
  readView,
  storeIdsOf,
  storesToday,
  writeView,
  type DashboardView,
} from '../../../renderer/screens/analytics/dashboard/view';

const row = (bucket: string, netRevenueCents: number): SeriesRow => ({
  bucket,
  orders: 1,
  units: 1,
  salesCents: netRevenueCents,
  discountCents: 0,
  returnsCents: 0,
  netRevenueCents,
  costCents: 0,
  grossMarginCents: netRevenueCents,
  returnCount: 0,
  refundCents: 0,
});

describe('the dashboard calendar', () => {
  it('names buckets by their first day, weeks from Monday, across year ends and leap days', () => {
    expect(bucketStart('2026-03-01', 'week')).toBe('2026-02-23');
    expect(bucketStart('2024-02-29', 'quarter')).toBe('2024-01-01');
    expect(bucketEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(bucketEnd('2025-10-01', 'quarter')).toBe('2025-12-31');
    expect(nextBucket('2025-12-29', 'week')).toBe('2026-01-05');
    expect(bucketEnd('2026-01-01', 'year')).toBe('2026-12-31');
  });

  it('turns presets into days relative to today', () => {
    expect(presetRange('last-7-days', '2026-03-03')).toEqual({ fromDay: '2026-02-25', toDay: '2026-03-03' });
    expect(presetRange('last-month', '2026-03-31')).toEqual({ fromDay: '2026-02-01', toDay: '2026-02-28' });
    expect(presetRange('last-year', '2026-01-01')).toEqual({ fromDay: '2025-01-01', toDay: '2025-12-31' });
    expect(presetRange('this-month', '2026-03-15')).toEqual({ fromDay: '2026-03-01', toDay: '2026-03-15' });
  });
});

describe('the view in the address', () => {
  it('reads what it writes, and falls back to the last 30 days for what it cannot read', () => {
    const view = readView(
      new URLSearchParams('from=2026-01-05&to=2026-02-10&store=2&store=3&brand=7&grain=week'),
      '2026-12-06',
    );
    expect(view).toEqual({
      preset: null,
      fromDay: '2026-01-05',
      toDay: '2026-02-10',
      storeIds: [2, 3],
      categoryId: null,
      brandId: 7,
      grain: 'week',
      grainChosen: true,
    });
    expect(readView(writeView(view), '2026-12-06')).toEqual(view);
    expect(readView(new URLSearchParams('from=2026-02-30&to=x&store=-1&grain=hour'), '2026-12-06')).toEqual({
      preset: 'last-30-days',
      fromDay: '2026-11-07',
      toDay: '2026-12-06',
      storeIds: [],
      categoryId: null,
      brandId: null,
      grain: 'day',
      grainChosen: false,
    });
  });

  it('groups days typed after a preset as the presets would group that length, unless a grouping was chosen', () => {
    const typed = (address: string, patch: Partial<DashboardView>) =>
      readView(writeView({ ...readView(new URLSearchParams(address), '2026-12-06'), ...patch }), '2026-12-06');
    // Last 30 days, by day; nine months typed into From are grouped by month, a week by day.
    const nineMonths = typed('range=last-30-days', { preset: null, fromDay: '2026-03-01' });
    expect(nineMonths).toMatchObject({ fromDay: '2026-03-01', toDay: '2026-12-06', grain: 'month' });
    expect(typed(writeView(nineMonths).toString(), { fromDay: '2026-11-30' }).grain).toBe('day');
    // A grouping the manager chose stays whatever days follow; a preset chosen again lets it go.
    const byWeek = typed('range=last-30-days', { grain: 'week', grainChosen: true });
    expect(typed(writeView(byWeek).toString(), { preset: null, fromDay: '2024-01-01' }).grain).toBe('week');
    expect(typed(writeView(byWeek).toString(), presetPatch('last-year')).grain).toBe('month');
  });
});

describe("the stores' today", () => {
  // 06:30 UTC: still the 3rd in Los Angeles (22:30), already the 4th in Tokyo (15:30) and in London.
  const now = new Date('2026-03-04T06:30:00Z');
  const zoneOf = new Map([
    [1, 'America/Los_Angeles'],
    [2, 'Asia/Tokyo'],
  ]);

  it('is the day on the clocks of the stores in view, whatever the computer says', () => {
    expect(storesToday(zoneOf, [1], now)).toBe('2026-03-03');
    expect(storesToday(zoneOf, [2], now)).toBe('2026-03-04');
    // Every store, or stores on different dates: the latest, so each store's today is in the range.
    expect(storesToday(zoneOf, [], now)).toBe('2026-03-04');
    expect(storesToday(zoneOf, [1, 2], now)).toBe('2026-03-04');
    // A store the chain does not have counts as no choice.
    expect(storesToday(zoneOf, [9], now)).toBe('2026-03-04');
  });

  it('is where a preset counts from: the last 7 days of a store are its own seven days', () => {
    const params = new URLSearchParams('range=last-7-days&store=1');
    const view = readView(params, storesToday(zoneOf, storeIdsOf(params), now));
    expect(view).toMatchObject({ fromDay: '2026-02-25', toDay: '2026-03-03' });
  });
});

describe('drilling down the time series', () => {
  it('narrows a year to its months and a month to its days, within the range it was cut from', () => {
    const shown = { fromDay: '2025-06-06', toDay: '2026-12-06', storeIds: [] };
    expect(drillInto({ ...shown, bucket: '2025-01-01', grain: 'year' })).toEqual({
      preset: null,
      fromDay: '2025-06-06',
      toDay: '2025-12-31',
      grain: 'month',
      grainChosen: true,
    });
    expect(drillInto({ ...shown, bucket: '2026-02-01', grain: 'month' })).toMatchObject({
      fromDay: '2026-02-01',
      toDay: '2026-02-28',
      grain: 'day',
    });
    expect(drillInto({ ...shown, bucket: '2026-02-03', grain: 'day' })).toBeNull();
    expect(ordersOfDay({ ...shown, bucket: '2026-02-03', grain: 'day', storeIds: [4] })).toBe(
      '/orders?fromDay=2026-02-03&toDay=2026-02-03&storeId=4',
    );
    expect(ordersOfDay({ ...shown, bucket: '2026-02-03', grain: 'day', storeIds: [4, 5] })).toBe(
      '/orders?fromDay=2026-02-03&toDay=2026-02-03',
    );
  });

  it('shows quiet buckets as zero, and starts "all time" at the first trade', () => {
    const series = [row('2026-03-02', 500), row('2026-03-04', 700)];
    expect(filledSeries(series, '2026-03-01', '2026-03-05', 'day', false).map((r) => r.netRevenueCents)).toEqual([
      0, 500, 0, 700, 0,
    ]);
    expect(filledSeries(series, '1970-01-01', '2026-03-05', 'day', true).map((r) => r.bucket)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
  });
});

describe('chart figures as CSV', () => {
  it('labels cents, quotes where needed and keeps a formula from running', () => {
    const csv = toCsv({
      columns: [
        { label: 'Store', kind: 'text' },
        { label: 'Net revenue', kind: 'cents' },
      ],
      rows: [
        ['=HYPERLINK("x")', -1250],
        ['Main, North', null],
      ],
    });
    expect(csv).toBe('Store,Net revenue (amount)\r\n"\'=HYPERLINK(""x"")",-12.50\r\n"Main, North",\r\n');
  });
});
