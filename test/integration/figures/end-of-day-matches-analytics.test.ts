import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndOfDay } from '../../../shared/contract/orders';
import { ADMIN } from '../../helpers/backroom';
import {
  CLERK_LOGIN,
  FIXTURE_TIMEOUT_MS,
  MANAGER_LOGIN,
  openSalesFixture,
  type SalesFixture,
} from '../orders/sales-fixture';

/**
 * End of day and the analytics dashboard count a sale one way (docs/sales.md): on a New York
 * day with a sale (a discount and 10 % tax) and the return of a unit sold the day before, every
 * line of end of day is before or after tax as labelled, they add up, and they are the
 * dashboard's figures for that store-local day.
 */
describe('end of day follows the one definition of a sale', () => {
  let f: SalesFixture;
  let day: EndOfDay;

  beforeAll(async () => {
    f = await openSalesFixture();
    const soap = f.product({ priceCents: 1_000, taxRateBp: 1_000, stock: 100 });
    await f.t.ok('stores.setTimeZone', { storeId: f.storeId, timeZone: 'America/New_York' }, f.tokens.admin);
    // 25 November in New York: three soaps, 30.00 before tax and 3.00 tax.
    const earlier = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 3 }]);
    expect(earlier.totalCents).toBe(3_300);

    // The 26th: two soaps less 1.00 (19.00 before tax, 1.90 tax), and one of the 25th's soaps back.
    f.t.clock.advanceMinutes(24 * 60);
    f.tokens.admin = (await f.t.ok('auth.login', ADMIN)).token;
    f.tokens.manager = (await f.t.ok('auth.login', MANAGER_LOGIN)).token;
    f.tokens.clerk = (await f.t.ok('auth.login', CLERK_LOGIN)).token;
    await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 2, discount: { type: 'amount', value: 100 } }]);
    await f.t.ok(
      'orders.return',
      {
        orderId: earlier.id,
        lines: [{ orderLineId: earlier.lines[0]!.id, quantity: 1, restock: true }],
        refundTo: 'original',
      },
      f.tokens.clerk,
    );
    day = await f.t.ok('orders.endOfDay', { date: '2026-11-26' }, f.tokens.manager);
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('shows sales and returns before tax with the tax apart, so sales less returns is net sales', () => {
    expect(day.sales).toEqual({ count: 1, netCents: 1_900, discountCents: 100, taxCents: 190 });
    expect(day.taxBreakdown).toEqual([{ rateBp: 1_000, netCents: 1_900, taxCents: 190 }]);
    expect(day.returns).toEqual({ count: 1, netCents: 1_000, taxRefundedCents: 100, refundCents: 1_100 });
    expect(day.net).toEqual({ salesCents: 900, taxCents: 90, totalCents: 990 });
    expect(day.sales.netCents - day.returns.netCents).toBe(day.net.salesCents);
    expect(day.sales.taxCents - day.returns.taxRefundedCents).toBe(day.net.taxCents);
    expect(day.net.salesCents + day.net.taxCents).toBe(day.net.totalCents);
  });

  it('adds up to what the file holds for that store-day', () => {
    const { from, to } = day;
    const sold = f.sql
      .prepare(
        `SELECT SUM(total_cents - tax_cents) AS net, SUM(tax_cents) AS tax FROM orders
         WHERE store_id = ? AND placed_at >= ? AND placed_at < ? AND status = 'paid'`,
      )
      .get(f.storeId, from, to) as { net: number; tax: number };
    const refunded = f.sql
      .prepare(`SELECT SUM(refund_cents) AS refund FROM order_returns WHERE created_at >= ? AND created_at < ?`)
      .get(from, to) as { refund: number };
    expect(day.sales).toMatchObject({ netCents: sold.net, taxCents: sold.tax });
    expect(day.returns.refundCents).toBe(refunded.refund);
    expect(day.net.totalCents).toBe(sold.net + sold.tax - refunded.refund);
  });

  it('gives the analytics dashboard’s figures for the same store-local day', async () => {
    const board = await f.t.ok(
      'analytics.dashboard',
      { filter: { fromDay: day.date, toDay: day.date, storeIds: [f.storeId] }, grain: 'day' },
      f.tokens.manager,
    );
    expect(board.totals).toMatchObject({
      orders: day.sales.count,
      salesCents: day.sales.netCents,
      discountCents: day.sales.discountCents,
      returnsCents: day.returns.netCents,
      netRevenueCents: day.net.salesCents,
      returnCount: day.returns.count,
      refundCents: day.returns.refundCents,
    });
  });
});
