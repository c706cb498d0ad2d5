import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEIGHBOURS_PER_PRODUCT } from '../../../electron/services/recommendations/cooccurrence';
import { SESSION_NEIGHBOURS_KEPT_UP_TO } from '../../../electron/services/recommendations/interaction-pairs';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import { DAY_MS, readSessionTables, rebuiltSessionTables, recordBrowsing, type BrowsingEvent } from './browsing';
import { expectSameItemTables } from './item-tables';

const FIRST_DAY = Date.UTC(2026, 9, 1);

interface Event {
  who: 'source' | 'target';
  product: number;
  day: number;
  minute: number;
  kind: 'viewed' | 'added_to_cart' | 'rated';
  rating: number | null;
}

describe('a customer merge keeps the viewed-together sessions as a rebuild computes them', () => {
  let f: SalesFixture;
  let products: number[];

  const read = () => readSessionTables(f.sql);
  const rebuilt = () => rebuiltSessionTables(f.sql);

  const record = (customers: { source: number; target: number }, events: readonly Event[]) =>
    recordBrowsing(
      f.sql,
      events.map((event): BrowsingEvent => ({
        customerId: customers[event.who],
        productId: products[event.product]!,
        atMs: FIRST_DAY + event.day * DAY_MS + event.minute * 60_000,
        kind: event.kind,
        rating: event.rating,
      })),
    );

  const merge = (customers: { source: number; target: number }) =>
    f.t.ok('customers.merge', { sourceId: customers.source, targetId: customers.target }, f.tokens.manager);

  beforeAll(async () => {
    f = await openSalesFixture();
    products = Array.from({ length: 45 }, () => f.product({ stock: 0 }));
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  it('joins two sessions of the same day into one and leaves the other days as they were', async () => {
    const customers = { source: f.customer('Sam Source'), target: f.customer('Tia Target') };
    const at = (who: Event['who'], product: number, day: number, minute: number): Event => ({
      who,
      product,
      day,
      minute,
      kind: 'viewed',
      rating: null,
    });
    // Day 0: both browsed (products 0, 1 and 1, 2); day 1 only the source, day 2 only the target.
    record(customers, [
      at('source', 0, 0, 60),
      at('source', 1, 0, 90),
      at('target', 1, 0, 30),
      at('target', 2, 0, 120),
      at('source', 3, 1, 10),
      at('source', 4, 1, 20),
      at('target', 5, 2, 10),
    ]);
    const before = read();
    // Separate sessions: 0 and 2 never shared a day's browsing.
    expect(before.pairs.has(`${products[0]}-${products[2]}`)).toBe(false);
    await merge(customers);
    const after = read();
    expect(after.pairs.has(`${products[0]}-${products[2]}`)).toBe(true);
    // Product 1 was in both sessions of day 0: one joined session counts it once.
    expect(after.products.get(String(products[1]))).toBeCloseTo(before.products.get(String(products[1]))! / 2, 12);
    expect(after.pairs.get(`${products[3]}-${products[4]}`)).toBe(before.pairs.get(`${products[3]}-${products[4]}`));
    expectSameItemTables(after, rebuilt());
  });

  it('caps the joined session at its first 40 products, as a rebuild reads it', async () => {
    const customers = { source: f.customer('Cap Source'), target: f.customer('Cap Target') };
    const events: Event[] = [];
    for (let i = 0; i < 30; i++) {
      events.push({ who: 'target', product: i, day: 5, minute: 2 * i, kind: 'viewed', rating: null });
      events.push({ who: 'source', product: 44 - i, day: 5, minute: 2 * i + 1, kind: 'viewed', rating: null });
    }
    record(customers, events);
    await merge(customers);
    expectSameItemTables(read(), rebuilt());
  });

  it('cuts a list the joined session pushes past the bound back to the strongest, as a rebuild keeps them', async () => {
    const customers = { source: f.customer('Long Source'), target: f.customer('Long Target') };
    const hub = f.product({ stock: 0 });
    const others = Array.from({ length: 110 }, () => f.product({ stock: 0 }));
    const view = (customerId: number, productId: number, day: number, minute: number): BrowsingEvent => ({
      customerId,
      productId,
      atMs: FIRST_DAY + day * DAY_MS + minute * 60_000,
      kind: 'viewed',
      rating: null,
    });
    // The target sees the hub with 39, 39 and 12 others on three days: 90 neighbours, under the bound.
    const sessions = [others.slice(0, 39), others.slice(39, 78), others.slice(78, 90)];
    recordBrowsing(
      f.sql,
      sessions.flatMap((seen, day) => [
        view(customers.target, hub, 30 + day, 0),
        ...seen.map((product, i) => view(customers.target, product, 30 + day, i + 1)),
      ]),
    );
    // On day 33 the target sees the hub alone and the source 20 products the hub never met.
    recordBrowsing(f.sql, [
      view(customers.target, hub, 33, 0),
      ...others.slice(90).map((product, i) => view(customers.source, product, 33, i + 1)),
    ]);
    const hubRows = () => [...read().pairs.keys()].filter((key) => key.startsWith(`${hub}-`));
    expect(hubRows()).toHaveLength(90);

    await merge(customers);
    // Joined, day 33 would give the hub 110 neighbours: past SESSION_NEIGHBOURS_KEPT_UP_TO, so cut.
    expect(90 + 20).toBeGreaterThan(SESSION_NEIGHBOURS_KEPT_UP_TO);
    expect(hubRows()).toHaveLength(NEIGHBOURS_PER_PRODUCT);
    // The newest sessions weigh most: day 33's 20 and day 32's 12 stay, then day 31's first 18.
    const kept = new Set(hubRows());
    for (const product of [...others.slice(90), ...others.slice(78, 90), ...others.slice(39, 57)])
      expect(kept.has(`${hub}-${product}`)).toBe(true);
    // The same rows a rebuild keeps for the hub, and every other list whole.
    expectSameItemTables(read(), rebuilt());
  });

  it('equals a rebuild after merges of random browsing histories', async () => {
    const event = fc.record({
      who: fc.constantFrom('source' as const, 'target' as const),
      product: fc.integer({ min: 0, max: 7 }),
      day: fc.integer({ min: 10, max: 13 }),
      minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      kind: fc.constantFrom('viewed' as const, 'added_to_cart' as const, 'rated' as const),
      rating: fc.integer({ min: 1, max: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 25 }), async (drawn) => {
        const customers = { source: f.customer('Rand Source'), target: f.customer('Rand Target') };
        record(
          customers,
          drawn.map((e) => ({ ...e, rating: e.kind === 'rated' ? e.rating : null })),
        );
        await merge(customers);
        expectSameItemTables(read(), rebuilt());
      }),
      { numRuns: 40, seed: 20261207 },
    );
  }, 300_000);
});
