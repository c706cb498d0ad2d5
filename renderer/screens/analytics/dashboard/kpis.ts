import type { TradeFigures } from '../../../../shared/contract/analytics';
import { formatCount } from '../../../lib/format';
import { money } from '../../../components/inventory/money';
import { formatPercent } from './labels';

export interface Kpi {
  label: string;
  /** The figure as shown; "—" when the filter cannot give it. */
  value: string;
  current: number | null;
  previous: number | null;
  /** Returns growing is bad news; everything else growing is good. */
  upIsGood: boolean;
  hint?: string;
}

/**
 * What an order of the range came to on average: its sales over its orders, both counted on the
 * day each order was placed. Net revenue would take off returns of orders placed before the range
 * as well, which are not among its orders.
 */
function basket(figures: TradeFigures): number | null {
  return figures.orders ? Math.round(figures.salesCents / figures.orders) : null;
}

/** The headline figures of the range, each with its value in the period before. */
export function kpisOf(totals: TradeFigures, previous: TradeFigures): Kpi[] {
  const average = basket(totals);
  const marginShare = totals.netRevenueCents === 0 ? null : totals.grossMarginCents / totals.netRevenueCents;
  const notCounted = 'Orders are not counted when a category or brand narrows the figures';
  return [
    {
      label: 'Net revenue',
      value: money(totals.netRevenueCents),
      current: totals.netRevenueCents,
      previous: previous.netRevenueCents,
      upIsGood: true,
    },
    {
      label: 'Orders',
      value: totals.orders === null ? '—' : formatCount(totals.orders),
      current: totals.orders,
      previous: previous.orders,
      upIsGood: true,
      ...(totals.orders === null ? { hint: notCounted } : {}),
    },
    {
      label: 'Average basket',
      value: average === null ? '—' : money(average),
      current: average,
      previous: basket(previous),
      upIsGood: true,
      ...(totals.orders === null ? { hint: notCounted } : {}),
    },
    {
      label: 'Units',
      value: formatCount(totals.units),
      current: totals.units,
      previous: previous.units,
      upIsGood: true,
    },
    {
      label: 'Gross margin',
      value: money(totals.grossMarginCents),
      current: totals.grossMarginCents,
      previous: previous.grossMarginCents,
      upIsGood: true,
      ...(marginShare === null ? {} : { hint: `${formatPercent(marginShare)} of net revenue` }),
    },
    {
      label: 'Returns',
      value: money(totals.returnsCents),
      current: totals.returnsCents,
      previous: previous.returnsCents,
      upIsGood: false,
      ...(totals.returnCount === null ? {} : { hint: `${formatCount(totals.returnCount)} returns` }),
    },
  ];
}

export interface Change {
  direction: 'up' | 'down' | 'same';
  /** "12.5%", or null when there was nothing before to compare with. */
  percent: string | null;
}

export function changeOf(current: number | null, previous: number | null): Change | null {
  if (current === null || previous === null) return null;
  const direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  if (previous === 0) return { direction, percent: null };
  return { direction, percent: formatPercent(Math.abs(current - previous) / Math.abs(previous)) };
}
