import type { Dashboard } from '../../../../shared/contract/analytics';
import { formatCalendarDay } from '../../../lib/format';
import { METHOD_LABELS } from '../../orders/labels';
import type { ChartSpec } from './chart-spec';
import { ALL_TIME_FROM } from './presets';
import { bucketLabel, hourLabel, weekdayLabel } from './labels';
import type { Picks } from './picks';
import { filledSeries } from './series';
import { NO_SALES, wholeOrdersNote } from './spec-words';

/** Net revenue and margin bucket by bucket; a click narrows to the bucket, a day opens its orders. */
export function revenueOverTimeSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const { grain, filter } = dashboard;
  const rows = filledSeries(dashboard.series, filter.fromDay, filter.toDay, grain, filter.fromDay === ALL_TIME_FROM);
  const labels = rows.map((row) => bucketLabel(row.bucket, grain));
  return {
    id: `revenue-by-${grain}`,
    title: 'Revenue over time',
    kind: grain === 'day' || grain === 'week' ? 'line' : 'bar',
    unit: 'cents',
    labels,
    series: [
      { label: 'Net revenue', values: rows.map((row) => row.netRevenueCents) },
      { label: 'Gross margin', values: rows.map((row) => row.grossMarginCents) },
    ],
    table: {
      columns: [
        { label: 'Period', kind: 'text' },
        { label: 'Starts', kind: 'text' },
        { label: 'Orders', kind: 'count' },
        { label: 'Units', kind: 'count' },
        { label: 'Net revenue', kind: 'cents' },
        { label: 'Gross margin', kind: 'cents' },
        { label: 'Returns', kind: 'cents' },
      ],
      rows: rows.map((row, index) => [
        labels[index]!,
        formatCalendarDay(row.bucket),
        row.orders,
        row.units,
        row.netRevenueCents,
        row.grossMarginCents,
        row.returnsCents,
      ]),
    },
    pick: {
      describe: (index) => (grain === 'day' ? `Orders of ${labels[index]}` : `Drill into ${labels[index]}`),
      run: (index) =>
        picks.bucket({
          bucket: rows[index]!.bucket,
          grain,
          fromDay: filter.fromDay,
          toDay: filter.toDay,
          storeIds: filter.storeIds ?? [],
        }),
    },
    emptyText: NO_SALES,
  };
}

export function paymentMixSpec(dashboard: Dashboard): ChartSpec {
  const rows = dashboard.paymentMix;
  return {
    id: 'payment-mix',
    title: 'Payment methods',
    kind: 'doughnut',
    unit: 'cents',
    labels: rows.map((row) => METHOD_LABELS[row.method]),
    series: [{ label: 'Taken, net of refunds', values: rows.map((row) => row.netCents) }],
    table: {
      columns: [
        { label: 'Method', kind: 'text' },
        { label: 'Payments', kind: 'count' },
        { label: 'Paid', kind: 'cents' },
        { label: 'Refunds', kind: 'count' },
        { label: 'Refunded', kind: 'cents' },
        { label: 'Net', kind: 'cents' },
      ],
      rows: rows.map((row) => [
        METHOD_LABELS[row.method],
        row.payments,
        row.paidCents,
        row.refunds,
        row.refundedCents,
        row.netCents,
      ]),
    },
    note: wholeOrdersNote(dashboard),
    emptyText: 'No payments taken in this range.',
  };
}

type AtTime = Dashboard['byHour'][number] | Dashboard['byWeekday'][number];

function salesAtTimeSpec(
  dashboard: Dashboard,
  id: string,
  title: string,
  first: string,
  labels: string[],
  rows: (AtTime | undefined)[],
): ChartSpec {
  const figures = rows.map((row) => row ?? { orders: 0, units: 0, salesCents: 0 });
  return {
    id,
    title,
    kind: 'bar',
    unit: 'cents',
    labels,
    series: [{ label: 'Sales', values: figures.map((row) => row.salesCents) }],
    table: {
      columns: [
        { label: first, kind: 'text' },
        { label: 'Orders', kind: 'count' },
        { label: 'Units', kind: 'count' },
        { label: 'Sales', kind: 'cents' },
      ],
      rows: figures.map((row, index) => [labels[index]!, row.orders, row.units, row.salesCents]),
    },
    note: wholeOrdersNote(dashboard),
    emptyText: NO_SALES,
  };
}

/** Every hour of the day, quiet ones at zero, on each store's own clock. */
export function byHourSpec(dashboard: Dashboard): ChartSpec {
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const byHour = new Map(dashboard.byHour.map((row) => [row.hour, row]));
  return salesAtTimeSpec(
    dashboard,
    'sales-by-hour',
    'Sales by hour of day',
    'Hour',
    hours.map(hourLabel),
    hours.map((hour) => byHour.get(hour)),
  );
}

export function byWeekdaySpec(dashboard: Dashboard): ChartSpec {
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const byWeekday = new Map(dashboard.byWeekday.map((row) => [row.weekday, row]));
  return salesAtTimeSpec(
    dashboard,
    'sales-by-weekday',
    'Sales by weekday',
    'Weekday',
    weekdays.map(weekdayLabel),
    weekdays.map((weekday) => byWeekday.get(weekday)),
  );
}
