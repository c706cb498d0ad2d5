import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeInteractionPairs,
  swapInteractionPairs,
} from '../../../electron/services/recommendations/interaction-rebuild';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';
import { DAY_MS, readSessionTables, rebuiltSessionTables, recordBrowsing, type BrowsingEvent } from './browsing';
import { expectSameItemTables } from './item-tables';

const FIRST_DAY = Date.UTC(2026, 8, 1);

/** A drawn event: which of the three customers, which product, day and minute. */
interface Drawn {
  who: number;
  product: number;
  day: number;
  minute: number;
  kind: BrowsingEvent['kind'];
  rating: number;
}

/**
 * A rebuild computes the viewed-together tables from a snapshot, then swaps them in. Customers
 * merged and events recorded between the two must survive the swap: the tables after it equal
 * what a rebuild started after them computes.
 */
describe('a customer merge while the viewed-together tables are rebuilt', () => {
  let f: SalesFixture;
  let products: number[];

  const view = (customerId: number, product: number, day: number, minute: number): BrowsingEvent => ({
    customerId,
    productId: products[product]!,
    atMs: FIRST_DAY + day * DAY_MS + minute * 60_000,
    kind: 'viewed',
    rating: null,
  });
  const merge = (sourceId: number, targetId: number) =>
    f.t.ok('customers.merge', { sourceId, targetId }, f.tokens.manager);
  /** The rebuild's swap, in its own write transaction as the job runs it. */
  const swap = (computed: ReturnType<typeof computeInteractionPairs>) =>
    f.sql.transaction(() => swapInteractionPairs(f.sql, computed)).immediate();

  beforeAll(async () => {
    f = await openSalesFixture();
    products = Array.from({ length: 12 }, () => f.product({ stock: 0 }));
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  it('keeps the sessions merges joined after the snapshot, through a chain of merges, and the events recorded meanwhile', async () => {
    const [sam, tia, uma] = [f.customer('Sam Snapshot'), f.customer('Tia Snapshot'), f.customer('Uma Snapshot')];
    // Day 0: Sam and Tia both browsed; day 1: Tia and Uma; day 2: Sam alone.
    recordBrowsing(f.sql, [
      view(sam, 0, 0, 60),
      view(sam, 1, 0, 90),
      view(tia, 1, 0, 30),
      view(tia, 2, 0, 120),
      view(tia, 3, 1, 10),
      view(uma, 4, 1, 20),
      view(uma, 5, 1, 30),
      view(sam, 6, 2, 10),
      view(sam, 7, 2, 20),
    ]);
    const computed = computeInteractionPairs(f.sql);

    await merge(sam, tia);
    // Two events in one session after the snapshot, one of them in a session the merge joined.
    recordBrowsing(f.sql, [view(tia, 8, 0, 200), view(tia, 9, 0, 210), view(uma, 10, 3, 0)]);
    await merge(tia, uma);
    const kept = readSessionTables(f.sql);

    const summary = swap(computed);
    expect(summary).toMatchObject({ caughtUp: 3, merged: 2 });
    const swapped = readSessionTables(f.sql);
    // Sam's 0 and Tia's 2 met only when the first merge joined day 0; Tia's 3 and Uma's 4 when the second joined day 1.
    expect(swapped.pairs.has(`${products[0]}-${products[2]}`)).toBe(true);
    expect(swapped.pairs.has(`${products[3]}-${products[4]}`)).toBe(true);
    expect(swapped.pairs.has(`${products[0]}-${products[9]}`)).toBe(true);
    const fresh = rebuiltSessionTables(f.sql);
    expectSameItemTables(swapped, fresh);
    expectSameItemTables(kept, fresh);
  });

  it('equals a rebuild started after them, whatever merges and browsing come between the snapshot and the swap', async () => {
    const event = fc.record({
      who: fc.integer({ min: 0, max: 2 }),
      product: fc.integer({ min: 0, max: 11 }),
      day: fc.integer({ min: 10, max: 13 }),
      minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
      kind: fc.constantFrom('viewed' as const, 'added_to_cart' as const, 'rated' as const),
      rating: fc.integer({ min: 1, max: 5 }),
    });
    // Between the snapshot and the swap: events, and merges of one of the three into another still active.
    const meanwhile = fc.array(
      fc.oneof(
        event.map((e) => ({ browse: e })),
        fc.record({
          merge: fc.record({ source: fc.integer({ min: 0, max: 2 }), target: fc.integer({ min: 0, max: 2 }) }),
        }),
      ),
      { maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 20 }), meanwhile, async (before, between) => {
        const customers = [f.customer('Ann Random'), f.customer('Ben Random'), f.customer('Cal Random')];
        const toEvent = (e: Drawn): BrowsingEvent => ({
          customerId: customers[e.who]!,
          productId: products[e.product]!,
          atMs: FIRST_DAY + e.day * DAY_MS + e.minute * 60_000,
          kind: e.kind,
          rating: e.kind === 'rated' ? e.rating : null,
        });
        recordBrowsing(f.sql, before.map(toEvent));
        const computed = computeInteractionPairs(f.sql);
        const merged = new Set<number>();
        for (const step of between) {
          if ('browse' in step) {
            if (!merged.has(step.browse.who)) recordBrowsing(f.sql, [toEvent(step.browse)]);
          } else if (
            step.merge.source !== step.merge.target &&
            !merged.has(step.merge.source) &&
            !merged.has(step.merge.target)
          ) {
            await merge(customers[step.merge.source]!, customers[step.merge.target]!);
            merged.add(step.merge.source);
          }
        }
        swap(computed);
        expectSameItemTables(readSessionTables(f.sql), rebuiltSessionTables(f.sql));
      }),
      { numRuns: 40, seed: 20261207 },
    );
  }, 300_000);
});
