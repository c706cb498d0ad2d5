import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../../helpers/backroom';
import {
  CLERK_LOGIN,
  FIXTURE_TIMEOUT_MS,
  MANAGER_LOGIN,
  openSalesFixture,
  type SalesFixture,
} from '../orders/sales-fixture';

const NEW_YORK = 'America/New_York';

/**
 * End of day on the store's own clock (New York here, the test clock starting at 04:00 there on
 * 25 November 2026), with cancellations read from the orders' timelines.
 */
describe('end of day: store-local days and cancellations from the timeline', () => {
  let f: SalesFixture;
  let soap: number;
  let freebie: number;
  let customer: number;
  let other: number;
  let paidThenCancelled: { id: number; totalCents: number };

  beforeAll(async () => {
    f = await openSalesFixture();
    soap = f.product({ priceCents: 1_000, taxRateBp: 1_000, stock: 100 });
    freebie = f.product({ priceCents: 0, stock: 100 });
    customer = f.customer('Cara Cancel');
    other = f.customer('Otto Other');
    const moved = await f.t.ok('stores.setTimeZone', { storeId: f.storeId, timeZone: NEW_YORK }, f.tokens.admin);
    expect(moved).toMatchObject({ id: f.storeId, timeZone: NEW_YORK });

    // 04:00 in New York on the 25th: a paid order and a zero-total one, both cancelled.
    const paid = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 2 }], { customerId: customer });
    const free = await f.sell(f.tokens.clerk, [{ productId: freebie, quantity: 1 }]);
    expect(free.totalCents).toBe(0);
    await f.t.ok('orders.transition', { id: paid.id, to: 'cancelled' }, f.tokens.manager);
    await f.t.ok('orders.transition', { id: free.id, to: 'cancelled' }, f.tokens.manager);
    paidThenCancelled = { id: paid.id, totalCents: paid.totalCents };
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  /** Moves the clock on by days at once; sessions do not outlive that, so everyone logs in again. */
  async function jump(minutes: number): Promise<void> {
    f.t.clock.advanceMinutes(minutes);
    f.tokens.admin = (await f.t.ok('auth.login', ADMIN)).token;
    f.tokens.manager = (await f.t.ok('auth.login', MANAGER_LOGIN)).token;
    f.tokens.clerk = (await f.t.ok('auth.login', CLERK_LOGIN)).token;
  }

  it('reads a day of the store’s zone, today there when no date is given', async () => {
    const today = await f.t.ok('orders.endOfDay', {}, f.tokens.manager);
    expect(today).toMatchObject({
      date: '2026-11-25',
      timeZone: NEW_YORK,
      from: '2026-11-25T05:00:00.000Z',
      to: '2026-11-26T05:00:00.000Z',
    });
    // The day the clocks went back lasted 25 hours.
    const fallBack = await f.t.ok('orders.endOfDay', { date: '2026-11-01' }, f.tokens.manager);
    expect(fallBack).toMatchObject({ from: '2026-11-01T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z' });
  });

  it('counts a paid order cancelled the same day as sold and returned, and the zero-total one too', async () => {
    const day = await f.t.ok('orders.endOfDay', { date: '2026-11-25' }, f.tokens.manager);
    expect(day.cancelled).toEqual({ count: 2 });
    const beforeTax = paidThenCancelled.totalCents - 200;
    expect(day.sales).toMatchObject({ count: 2, netCents: beforeTax, taxCents: 200 });
    expect(day.returns).toEqual({
      count: 2,
      netCents: beforeTax,
      taxRefundedCents: 200,
      refundCents: paidThenCancelled.totalCents,
    });
    expect(day.net).toEqual({ salesCents: 0, taxCents: 0, totalCents: 0 });
  });

  it('keeps a cancellation on its day when a customer merge touches the order later', async () => {
    await jump(2 * 24 * 60);
    await f.t.ok('customers.merge', { sourceId: customer, targetId: other }, f.tokens.manager);
    const mergeDay = await f.t.ok('orders.endOfDay', {}, f.tokens.manager);
    expect(mergeDay).toMatchObject({ date: '2026-11-27', cancelled: { count: 0 } });
    const cancelDay = await f.t.ok('orders.endOfDay', { date: '2026-11-25' }, f.tokens.manager);
    expect(cancelDay.cancelled).toEqual({ count: 2 });
  });

  it('puts a late-evening sale on the store’s day, not the UTC day it fell on', async () => {
    // 2026-11-28 04:00 UTC is 23:00 on the 27th in New York.
    await jump(19 * 60);
    expect(f.t.clock.now().toISOString()).toBe('2026-11-28T04:00:00.000Z');
    const late = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 1 }]);
    const evening = await f.t.ok('orders.endOfDay', { date: '2026-11-27' }, f.tokens.manager);
    expect(evening.sales.count).toBe(1);
    expect(evening.sales.netCents + evening.sales.taxCents).toBe(late.totalCents);
    const next = await f.t.ok('orders.endOfDay', { date: '2026-11-28' }, f.tokens.manager);
    expect(next.sales.count).toBe(0);
    const listed = await f.t.ok('orders.list', { fromDay: '2026-11-27', toDay: '2026-11-27' }, f.tokens.clerk);
    expect(listed.items.map((row) => row.id)).toEqual([late.id]);
  });

  it('refuses a zone that does not exist, and lets only an admin move a store', async () => {
    expect(
      await f.error('stores.setTimeZone', { storeId: f.storeId, timeZone: 'Mars/Olympus_Mons' }, f.tokens.admin),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      await f.error('stores.setTimeZone', { storeId: f.storeId, timeZone: 'UTC' }, f.tokens.manager),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.error('stores.setTimeZone', { storeId: 999, timeZone: 'UTC' }, f.tokens.admin)).toMatchObject({
      code: 'NOT_FOUND',
    });
    const stores = await f.t.ok('stores.list', {}, f.tokens.clerk);
    expect(stores).toEqual([expect.objectContaining({ id: f.storeId, timeZone: NEW_YORK })]);
  });
});
