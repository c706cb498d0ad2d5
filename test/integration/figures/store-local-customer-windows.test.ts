import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';
import { SalesFixture } from '../customers/sales-fixture';

/**
 * "Bought in the last 5 days" counts days of the store's calendar. The test clock reads
 * 2026-11-25T09:00Z, which is 04:00 on 25 November in New York: five days back is the store's
 * 20 November, which began at 05:00Z. A rolling 5 × 24 hours would start at 20 November 09:00Z.
 */
describe('customer windows in the store’s days', () => {
  let t: TestBackroom;
  let manager: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    await t.ok('stores.setTimeZone', { storeId: admin.staff.storeId, timeZone: 'America/New_York' }, admin.token);
    manager = await staffSession(t, admin.token, 'manager', 'max');
    const sales = new SalesFixture(t, admin.staff.storeId, admin.staff.id);
    const productId = sales.product('Butter');
    const buy = (name: string, placedAt: string) => {
      ids[name] = sales.customer(name, 'Window');
      sales.order(ids[name], placedAt, [{ productId, quantity: 1, unitPriceCents: 500 }]);
    };
    // 20 November 01:00 in New York: inside the five days, though more than 5 × 24 h ago.
    buy('Early', '2026-11-20T06:00:00.000Z');
    // 19 November 22:00 in New York (already the 20th in UTC): outside.
    buy('Late', '2026-11-20T03:00:00.000Z');
  }, 60_000);
  afterAll(() => t?.dispose());

  it('lists as lapsed only who has not bought since the start of the store’s fifth day back', async () => {
    const { items } = await t.ok('customers.lapsed', { days: 5 }, manager);
    expect(items.map((item) => item.firstName)).toEqual(['Late']);
  });

  it('counts recency in the store’s days', async () => {
    await t.ok('customers.recomputeSegments', {}, manager);
    const profile = async (name: string) => (await t.ok('customers.get', { id: ids[name]! }, manager)).rfm;
    expect(await profile('Early')).toMatchObject({ recencyDays: 5 });
    expect(await profile('Late')).toMatchObject({ recencyDays: 6 });
  });
});
