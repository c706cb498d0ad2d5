import { describe, expect, it } from 'vitest';
import type { Dashboard, TradeFigures } from '../../../shared/contract/analytics';
import { PAYMENT_METHODS } from '../../../shared/contract/orders';
import { nothingToDraw } from '../../../renderer/screens/analytics/dashboard/chart-spec';
import { byHourSpec, byWeekdaySpec, paymentMixSpec } from '../../../renderer/screens/analytics/dashboard/time-specs';

const NO_TRADE: TradeFigures = {
  orders: 0,
  units: 0,
  salesCents: 0,
  discountCents: 0,
  returnsCents: 0,
  netRevenueCents: 0,
  costCents: 0,
  grossMarginCents: 0,
  returnCount: 0,
  refundCents: 0,
};

/** A range without a sale, as the dashboard channel answers it: hours, weekdays and methods filled with zeros. */
function quietRange(): Dashboard {
  return {
    filter: { fromDay: '2026-11-01', toDay: '2026-11-30' },
    grain: 'day',
    previous: { fromDay: '2026-10-02', toDay: '2026-10-31' },
    totals: NO_TRADE,
    previousTotals: NO_TRADE,
    series: [],
    byStore: [],
    byCategory: [],
    byBrand: [],
    topProducts: [],
    topBrands: [],
    topCustomers: [],
    paymentMix: PAYMENT_METHODS.map((method) => ({
      method,
      payments: 0,
      paidCents: 0,
      refunds: 0,
      refundedCents: 0,
      netCents: 0,
    })),
    byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, orders: 0, units: 0, salesCents: 0 })),
    byWeekday: Array.from({ length: 7 }, (_, index) => ({ weekday: index + 1, orders: 0, units: 0, salesCents: 0 })),
    stockByCategory: [],
    lowStockCount: 0,
  };
}

describe('a dashboard chart with nothing to draw', () => {
  it('says so when every hour, weekday and payment method is zero', () => {
    const dashboard = quietRange();
    expect(nothingToDraw(byHourSpec(dashboard))).toBe(true);
    expect(nothingToDraw(byWeekdaySpec(dashboard))).toBe(true);
    expect(nothingToDraw(paymentMixSpec(dashboard))).toBe(true);
  });

  it('draws as soon as one hour, weekday or method has a figure', () => {
    const dashboard = quietRange();
    dashboard.byHour[9] = { hour: 9, orders: 1, units: 2, salesCents: 1250 };
    dashboard.byWeekday[2] = { weekday: 3, orders: 1, units: 2, salesCents: 1250 };
    dashboard.paymentMix[0] = { ...dashboard.paymentMix[0]!, payments: 1, paidCents: 1250, netCents: 1250 };
    expect(nothingToDraw(byHourSpec(dashboard))).toBe(false);
    expect(nothingToDraw(byWeekdaySpec(dashboard))).toBe(false);
    expect(nothingToDraw(paymentMixSpec(dashboard))).toBe(false);
  });
});
