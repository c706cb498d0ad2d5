import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildInteractionPairs } from '../../../electron/services/recommendations/interaction-rebuild';
import { recordInteractionPairs } from '../../../electron/services/recommendations/interaction-pairs';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import { expectSameItemTables, readItemTables, rebuiltItemTables } from './item-tables';

const DAY_MS = 86_400_000;
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

  const read = () =>
    readItemTables(f.sql, {
      products: 'recommendation_interaction_products',
      pairs: 'recommendation_interaction_pairs',
    });
  const rebuilt = () => rebuiltItemTables(f.sql, () => rebuildInteractionPairs(f.sql), read);

  /** Stores each event and counts it into the session tables, as recording or an import does. */
  const record = (customers: { source: number; target: number }, events: readonly Event[]) => {
    const insert = f.sql.prepare(
      `INSERT OR IGNORE INTO customer_interactions (customer_id, product_id, kind, rating, occurred_at) VALUES (?, ?, ?, ?, ?)`,
    );
    f.sql.transaction(() => {
      for (const event of events) {
        const customerId = customers[event.who];
        const productId = products[event.product]!;
        const occurredAt = new Date(FIRST_DAY + event.day * DAY_MS + event.minute * 60_000).toISOString();
        const stored = insert.run(customerId, productId, event.kind, event.rating, occurredAt);
        if (stored.changes === 0) continue;
        recordInteractionPairs(f.sql, {
          id: Number(stored.lastInsertRowid),
          customerId,
          productId,
          kind: event.kind,
          rating: event.rating,
          orderId: null,
          occurredAt,
        });
      }
    })();
  };

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
