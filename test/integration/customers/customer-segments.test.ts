import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerSegmentName } from '../../../shared/contract/customers';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import { newUid } from '../../../database/ids';
import { daysBefore, SalesFixture } from './sales-fixture';

/**
 * Ten customers who bought in the window, with distinct recency (days since the last purchase)
 * and frequency (orders), so each score bucket of NTILE(5) holds exactly two of them, and the
 * expected segment follows from the grid. Each order is worth `orderCents`.
 */
const SCORED = [
  { name: 'Champ', days: 1, orders: 10, orderCents: 1000, r: 5, f: 5, m: 5, segment: 'champions' },
  { name: 'Newbie', days: 2, orders: 1, orderCents: 900, r: 5, f: 1, m: 1, segment: 'new' },
  { name: 'Steady', days: 3, orders: 8, orderCents: 800, r: 4, f: 4, m: 5, segment: 'loyal' },
  { name: 'Promise', days: 4, orders: 4, orderCents: 700, r: 4, f: 2, m: 3, segment: 'potential_loyalists' },
  { name: 'Middling', days: 5, orders: 5, orderCents: 600, r: 3, f: 3, m: 4, segment: 'need_attention' },
  { name: 'Regular', days: 6, orders: 7, orderCents: 500, r: 3, f: 4, m: 4, segment: 'loyal' },
  { name: 'Sleepy', days: 7, orders: 3, orderCents: 400, r: 2, f: 2, m: 2, segment: 'hibernating' },
  { name: 'Slipping', days: 8, orders: 9, orderCents: 300, r: 2, f: 5, m: 3, segment: 'cant_lose_them' },
  { name: 'Fading', days: 9, orders: 6, orderCents: 200, r: 1, f: 3, m: 2, segment: 'at_risk' },
  { name: 'Gone', days: 10, orders: 2, orderCents: 100, r: 1, f: 1, m: 1, segment: 'lost' },
] as const;

describe('RFM segments and the customer lists', () => {
  let t: TestBackroom;
  let clerk: string;
  let manager: string;
  let sales: SalesFixture;
  let otherStoreId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ t, clerk, manager, sales } = await openCustomerDesk());
    const productId = sales.product('Butter');
    const now = t.clock.now();
    const buy = (customerId: number, days: number, cents: number, status: 'paid' | 'cancelled' = 'paid') =>
      sales.order(customerId, daysBefore(now, days), [{ productId, quantity: 1, unitPriceCents: cents }], status);

    for (const spec of SCORED) {
      const id = (ids[spec.name] = sales.customer(spec.name, 'Scored'));
      for (let k = 0; k < spec.orders; k++) buy(id, spec.days + k * 10, spec.orderCents);
    }
    // Champ had 500 cents back: monetary is spend after refunds.
    const champOrder = sales.sql
      .prepare('SELECT id FROM orders WHERE customer_id = ? LIMIT 1')
      .pluck()
      .get(ids.Champ) as number;
    const champLine = sales.sql
      .prepare('SELECT id FROM order_lines WHERE order_id = ?')
      .pluck()
      .get(champOrder) as number;
    sales.returnLine(champOrder, champLine, 1, 500);

    // Oldtimer's one purchase was at another store of the chain.
    otherStoreId = Number(
      sales.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'EAST', 'East End')`).run(newUid())
        .lastInsertRowid,
    );
    ids.Oldtimer = sales.customer('Oldtimer', 'Unscored');
    new SalesFixture(t, otherStoreId, sales.staffId).order(ids.Oldtimer, daysBefore(now, 400), [
      { productId, quantity: 1, unitPriceCents: 50_000 },
    ]);
    ids.Archived = sales.customer('Archived', 'Unscored', { archivedAt: daysBefore(now, 1) });
    buy(ids.Archived, 3, 99_999);
    ids.Cancelled = sales.customer('Cancelled', 'Never');
    buy(ids.Cancelled, 3, 700, 'cancelled');
    ids.Browser = sales.customer('Browser', 'Never');
    sales.customer('Gone', 'Archived-never', { archivedAt: daysBefore(now, 1) });
    for (let k = 0; k < 3; k++) sales.interaction(ids.Newbie!, productId, 'viewed', daysBefore(now, k));
    sales.interaction(ids.Promise!, productId, 'added_to_cart', daysBefore(now, 1));
  });

  afterAll(async () => {
    await t.dispose();
  });

  it('scores quintiles over the customers who bought in the last 365 days and names their segments', async () => {
    const counts = await t.ok('customers.recomputeSegments', {}, manager);
    const expected = new Map<string, number>();
    for (const spec of SCORED) expected.set(spec.segment, (expected.get(spec.segment) ?? 0) + 1);
    expect(counts.computedAt).toBe(t.clock.now().toISOString());
    expect(Object.fromEntries(counts.segments.map((row) => [row.segment, row.customers]))).toEqual({
      champions: 1,
      loyal: 2,
      potential_loyalists: 1,
      new: 1,
      need_attention: 1,
      at_risk: 1,
      cant_lose_them: 1,
      hibernating: 1,
      lost: 1,
    });

    for (const spec of SCORED) {
      const { rfm } = await t.ok('customers.get', { id: ids[spec.name]! }, clerk);
      expect({ name: spec.name, ...rfm }).toMatchObject({
        name: spec.name,
        segment: spec.segment,
        rScore: spec.r,
        fScore: spec.f,
        mScore: spec.m,
        recencyDays: spec.days,
        frequency: spec.orders,
      });
    }
    expect((await t.ok('customers.get', { id: ids.Champ! }, clerk)).rfm?.monetaryCents).toBe(10 * 1000 - 500);
    for (const name of ['Oldtimer', 'Archived', 'Cancelled', 'Browser']) {
      expect((await t.ok('customers.get', { id: ids[name]! }, clerk)).rfm).toBeNull();
    }
    expect(await t.ok('customers.segments', {}, manager)).toEqual(counts);
  });

  it('filters the list by segment and sorts by spend or last purchase from the scores', async () => {
    const loyal = await t.ok('customers.list', { segment: 'loyal' }, manager);
    expect(loyal.items.map((row) => row.firstName)).toEqual(['Regular', 'Steady']);
    expect(loyal.items[0]!.rfm).toMatchObject({ segment: 'loyal' satisfies CustomerSegmentName });

    const bySpend = await t.ok('customers.list', { sort: 'spend', limit: 200 }, manager);
    expect(bySpend.items.map((row) => row.firstName)).toEqual([
      'Champ',
      'Steady',
      'Regular',
      'Middling',
      'Promise',
      'Slipping',
      'Fading',
      'Sleepy',
      'Newbie',
      'Gone',
    ]);
    const byRecency = await t.ok('customers.list', { sort: 'lastPurchase', limit: 200 }, manager);
    expect(byRecency.items.map((row) => row.firstName)).toEqual(SCORED.map((spec) => spec.name));

    for (const sort of ['spend', 'lastPurchase'] as const) {
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.ok('customers.list', { sort, cursor, limit: 3 }, manager);
        walked.push(...page.items.map((row) => row.firstName));
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const whole = sort === 'spend' ? bySpend : byRecency;
      expect(walked).toEqual(whole.items.map((row) => row.firstName));
    }
    const searched = await t.ok('customers.list', { sort: 'spend', search: 'sle' }, manager);
    expect(searched.items.map((row) => row.firstName)).toEqual(['Sleepy']);
  });

  it('lists lapsed customers, most recently lapsed first, page by page', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.ok('customers.lapsed', { days: 5, cursor, limit: 2 }, manager);
      names.push(...page.items.map((row) => row.firstName));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    // Middling bought exactly 5 days ago: not lapsed yet.
    expect(names).toEqual(['Regular', 'Sleepy', 'Slipping', 'Fading', 'Gone', 'Oldtimer']);

    const [first] = (await t.ok('customers.lapsed', { days: 5, limit: 1 }, manager)).items;
    expect(first).toMatchObject({
      firstName: 'Regular',
      lastPurchaseAt: daysBefore(t.clock.now(), 6),
      lastPurchaseStoreId: sales.storeId,
    });
    // Each last purchase names its own store, so its date reads on that store's clock.
    const all = await t.ok('customers.lapsed', { days: 5, limit: 10 }, manager);
    const oldtimer = all.items.find((row) => row.firstName === 'Oldtimer');
    expect(oldtimer).toMatchObject({
      lastPurchaseAt: daysBefore(t.clock.now(), 400),
      lastPurchaseStoreId: otherStoreId,
    });
  });

  it('lists active customers who never bought (a cancelled order is no purchase), A→Z', async () => {
    const page = await t.ok('customers.neverPurchased', { limit: 1 }, manager);
    expect(page.items.map((row) => row.firstName)).toEqual(['Browser']);
    const next = await t.ok('customers.neverPurchased', { limit: 1, cursor: page.nextCursor! }, manager);
    expect(next.items.map((row) => row.firstName)).toEqual(['Cancelled']);
    expect(next.nextCursor).toBeNull();
  });

  it('ranks the top customers by lifetime spend or by interactions, archived ones left out', async () => {
    const bySpend = await t.ok('customers.top', { by: 'spend', limit: 3 }, manager);
    expect(bySpend.items.map((row) => [row.firstName, row.spendCents, row.orderCount])).toEqual([
      ['Oldtimer', 50_000, 1],
      ['Champ', 9_500, 10],
      ['Steady', 6_400, 8],
    ]);
    // Interactions as each profile counts them: every order bought one product (one purchase
    // each), Newbie also looked three times and Promise carted once; Cancelled's order is no
    // purchase. Equal counts come highest id first; the default limit is 10.
    const byInteractions = await t.ok('customers.top', { by: 'interactions' }, manager);
    expect(byInteractions.items.map((row) => [row.firstName, row.interactionCount])).toEqual([
      ['Champ', 10],
      ['Slipping', 9],
      ['Steady', 8],
      ['Regular', 7],
      ['Fading', 6],
      ['Middling', 5],
      ['Promise', 4 + 1],
      ['Newbie', 1 + 3],
      ['Sleepy', 3],
      ['Gone', 2],
    ]);
    for (const row of byInteractions.items) {
      const profile = await t.ok('customers.get', { id: row.id }, manager);
      expect(Object.values(profile.interactionCounts).reduce((sum, count) => sum + count, 0)).toBe(
        row.interactionCount,
      );
    }
  });

  it('replaces every segment row on each recompute, at the clock’s time', async () => {
    t.clock.advanceMinutes(5);
    const again = await t.ok('customers.recomputeSegments', {}, manager);
    expect(again.computedAt).toBe(t.clock.now().toISOString());
    expect(await t.count('customer_segments')).toBe(SCORED.length);
  });

  it.each([
    ['customers.recomputeSegments', {}],
    ['customers.segments', {}],
    ['customers.list', {}],
    ['customers.top', { by: 'spend' }],
    ['customers.lapsed', { days: 30 }],
    ['customers.neverPurchased', {}],
  ])('refuses %s to a clerk', async (channel, input) => {
    expect(await t.call(channel, input, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['customers.lapsed', { days: 0 }],
    ['customers.lapsed', { days: 3651 }],
    ['customers.lapsed', { days: '30' }],
    ['customers.top', { by: 'visits' }],
    ['customers.top', { by: 'spend', limit: 101 }],
    ['customers.list', { segment: 'whales' }],
    ['customers.list', { sort: 'random' }],
    ['customers.list', { limit: 0 }],
    ['customers.list', { cursor: '' }],
    ['customers.list', { search: 'x'.repeat(201) }],
    ['customers.list', { includeArchived: 'yes' }],
    ['customers.recomputeSegments', { window: 30 }],
  ])('refuses %s with %j', async (channel, input) => {
    expect(await t.call(channel, input, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
