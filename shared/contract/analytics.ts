import { z } from 'zod';
import { channel } from './channel';
import { id } from './common';
import { PAYMENT_METHODS } from './orders';

/**
 * The manager dashboard: every figure of one filter in one answer, read from the sales rollups on
 * a reader thread (docs/analytics.md). Days are store-local; a sale is counted as docs/sales.md
 * defines it.
 */

export const ANALYTICS_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type AnalyticsGrain = (typeof ANALYTICS_GRAINS)[number];

const day = z.iso.date();
/** A day a filter may name: the bound keeps the period before any range a calendar date as well. */
const filterDay = day.refine((value) => value >= '1900-01-01' && value <= '2999-12-31', {
  message: 'Choose a day from 1900 to 2999',
});

/** What every chart follows: a range of store-local days (both included), stores, a category (with its subtree) and a brand. */
export const analyticsFilter = z
  .strictObject({
    fromDay: filterDay,
    toDay: filterDay,
    /** Every store when absent. */
    storeIds: z.array(id).min(1).max(500).optional(),
    categoryId: id.optional(),
    brandId: id.optional(),
  })
  .refine((filter) => filter.fromDay <= filter.toDay, { message: 'The range ends before it starts' });
export type AnalyticsFilter = z.infer<typeof analyticsFilter>;

/** Trade in cents, each figure rounded once; orders, return count and refunds are null when the filter narrows to products. */
export const tradeFigures = z.object({
  orders: z.number().int().nullable(),
  units: z.number().int(),
  salesCents: z.number().int(),
  discountCents: z.number().int(),
  returnsCents: z.number().int(),
  netRevenueCents: z.number().int(),
  costCents: z.number().int(),
  grossMarginCents: z.number().int(),
  returnCount: z.number().int().nullable(),
  refundCents: z.number().int().nullable(),
});
export type TradeFigures = z.infer<typeof tradeFigures>;

const salesAtTime = { orders: z.number().int(), units: z.number().int(), salesCents: z.number().int() };

export const dashboard = z.object({
  filter: z.object({
    fromDay: day,
    toDay: day,
    storeIds: z.array(id).optional(),
    categoryId: id.optional(),
    brandId: id.optional(),
  }),
  grain: z.enum(ANALYTICS_GRAINS),
  /** The period of the same length just before the filter's, for the KPI tiles' comparison. */
  previous: z.object({ fromDay: day, toDay: day }),
  totals: tradeFigures,
  previousTotals: tradeFigures,
  /** One row per bucket with trade, oldest first; a bucket is named by its first day. */
  series: z.array(tradeFigures.extend({ bucket: day })),
  byStore: z.array(tradeFigures.extend({ storeId: id, name: z.string() })),
  /** Each product's own category as the catalog files it today; null: no category. */
  byCategory: z.array(tradeFigures.extend({ categoryId: id.nullable(), name: z.string() })),
  byBrand: z.array(tradeFigures.extend({ brandId: id.nullable(), name: z.string() })),
  topProducts: z.array(tradeFigures.extend({ productId: id, sku: z.string(), name: z.string() })),
  topBrands: z.array(tradeFigures.extend({ brandId: id, name: z.string() })),
  /**
   * Customers by what they spent (net of refunds) in the range and stores, only those whose net
   * spend is above zero; ignores category and brand.
   */
  topCustomers: z.array(
    z.object({ customerId: id, name: z.string(), orders: z.number().int(), spendCents: z.number().int() }),
  ),
  paymentMix: z.array(
    z.object({
      method: z.enum(PAYMENT_METHODS),
      payments: z.number().int(),
      paidCents: z.number().int(),
      refunds: z.number().int(),
      refundedCents: z.number().int(),
      netCents: z.number().int(),
    }),
  ),
  /** Hours 0–23 of each store's own clock. */
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), ...salesAtTime })),
  /** ISO weekdays, 1 Monday to 7 Sunday. */
  byWeekday: z.array(z.object({ weekday: z.number().int().min(1).max(7), ...salesAtTime })),
  /** Stock on hand now at cost, by category, in the filter's stores, of its category (subtree) and brand. */
  stockByCategory: z.array(
    z.object({ categoryId: id.nullable(), name: z.string(), units: z.number().int(), valueCents: z.number().int() }),
  ),
  /** Products at or below their reorder point now, once per store where low (the rows of the low-stock lists), in the filter's stores, category and brand. */
  lowStockCount: z.number().int(),
});
export type Dashboard = z.infer<typeof dashboard>;

export const analyticsChannels = {
  /** The whole dashboard for a filter; the series is cut by `grain`, rankings keep the top `limit`. */
  'analytics.dashboard': channel({
    input: z.strictObject({
      filter: analyticsFilter,
      grain: z.enum(ANALYTICS_GRAINS).default('month'),
      limit: z.number().int().min(1).max(50).default(10),
    }),
    output: dashboard,
    access: 'manager',
    writes: false,
    runsOn: 'reader',
  }),
};
