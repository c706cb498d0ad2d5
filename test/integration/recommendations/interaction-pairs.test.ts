import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { itemWeight } from '../../../electron/services/recommendations/decay';
import {
  computeInteractionPairs,
  rebuildInteractionPairs,
  swapInteractionPairs,
} from '../../../electron/services/recommendations/interaction-rebuild';
import { sessionOf } from '../../../electron/services/recommendations/interaction-pairs';
import { openCsvImporter, sameNames, type CsvImporter } from '../import/csv-importer';
import { INTERACTIONS_HEADER, INTERACTIONS_PROFILE } from '../import/import-profiles';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

type Row = { product_id: number; other_id?: number; weight: number };

const tables = (sql: Database.Database) => ({
  products: sql.prepare('SELECT * FROM recommendation_interaction_products ORDER BY product_id').all() as Row[],
  pairs: sql.prepare('SELECT * FROM recommendation_interaction_pairs ORDER BY product_id, other_id').all() as Row[],
});

describe('interaction pairs through the channel: what a customer looks at the same day', () => {
  let f: SalesFixture;
  let scarf: number, gloves: number, boots: number, umbrella: number;
  let ann: number, bob: number;

  beforeAll(async () => {
    f = await openSalesFixture();
    [scarf, gloves, boots, umbrella] = Array.from({ length: 4 }, () => f.product({ stock: 10 })) as [
      number,
      number,
      number,
      number,
    ];
    ann = f.customer('Ann Browser');
    bob = f.customer('Bob Buyer');
    const interact = (
      customerId: number,
      productId: number,
      kind: 'viewed' | 'added_to_cart' | 'rated',
      rating?: number,
    ) => f.t.ok('customers.recordInteraction', { customerId, productId, kind, rating }, f.tokens.clerk);
    await interact(ann, scarf, 'viewed');
    await f.advanceClock(3);
    await interact(ann, gloves, 'added_to_cart');
    await f.advanceClock(3);
    await interact(ann, scarf, 'added_to_cart');
    await interact(ann, umbrella, 'rated', 2);
    await interact(bob, boots, 'viewed');
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  it('pairs products new to the session both ways, once per session, with the weight of its day', () => {
    const day = f.sql
      .prepare('SELECT occurred_at FROM customer_interactions WHERE customer_id = ? AND product_id = ?')
      .pluck()
      .get(ann, scarf) as string;
    const weight = itemWeight(sessionOf(Date.parse(day)).startMs);
    const { products, pairs } = tables(f.sql);
    // The scarf carted after it was viewed is the same session's product: counted once. A 2-star rating is no interest.
    expect(pairs).toEqual([
      { product_id: Math.min(scarf, gloves), other_id: Math.max(scarf, gloves), weight },
      { product_id: Math.max(scarf, gloves), other_id: Math.min(scarf, gloves), weight },
    ]);
    expect(products.find((row) => row.product_id === scarf)?.weight).toBe(weight);
    expect(products.map((row) => row.product_id)).not.toContain(umbrella);
    // Another customer's boots are a session of their own: counted, never paired (days apart: the import test).
    expect(products.map((row) => row.product_id)).toContain(boots);
  });

  it('answers "often viewed with" on a product page and in a basket with no shared sales', async () => {
    const page = await f.t.ok('recommendations.forProduct', { productId: scarf, limit: 5 }, f.tokens.clerk);
    expect(page.items).toEqual([
      expect.objectContaining({
        product: expect.objectContaining({ id: gloves }),
        reason: expect.objectContaining({ kind: 'viewed_together', because: expect.objectContaining({ id: scarf }) }),
      }),
    ]);
    const basket = await f.t.ok('recommendations.forBasket', { productIds: [gloves, boots], limit: 5 }, f.tokens.clerk);
    expect(basket.items.map((item) => [item.product.id, item.reason.kind])).toEqual([[scarf, 'viewed_together']]);
  });

  it('suggests to a customer who bought one product what others viewed with it', async () => {
    await f.sell(f.tokens.clerk, [{ productId: gloves, quantity: 1 }], { customerId: bob });
    const list = await f.t.ok('recommendations.forCustomer', { customerId: bob, limit: 5 }, f.tokens.clerk);
    expect(list.items.find((item) => item.product.id === scarf)?.reason).toMatchObject({
      kind: 'viewed_together',
      because: { id: gloves },
    });
  });

  it('is recomputed to the same tables by the rebuild', () => {
    const incremental = tables(f.sql);
    f.sql.transaction(() => rebuildInteractionPairs(f.sql))();
    expect(tables(f.sql)).toEqual(incremental);
  });

  it(
    'is recomputed by the rebuild job as well, from its snapshot',
    async () => {
      const incremental = tables(f.sql);
      f.sql.exec('DELETE FROM "recommendation_interaction_pairs"; DELETE FROM "recommendation_interaction_products"');
      const { jobId } = await f.t.ok('recommendations.rebuild', {}, f.tokens.manager);
      expect(await f.t.endedJob(jobId, f.tokens.manager)).toMatchObject({ status: 'succeeded' });
      expect(tables(f.sql)).toEqual(incremental);
    },
    FIXTURE_TIMEOUT_MS,
  );
});

describe('interaction pairs from an import, rows in any order', () => {
  let f: CsvImporter;

  beforeAll(async () => {
    f = await openCsvImporter();
    await f.importCsv(sameNames('products', ['sku', 'name', 'price']), [
      'sku,name,price',
      'A,Apple,1',
      'B,Bean,1',
      'C,Cake,1',
      'D,Date,1',
    ]);
    await f.importCsv(
      {
        version: 1,
        kind: 'customers',
        fields: { externalRef: { column: 'ref' }, firstName: { column: 'first' }, lastName: { column: 'last' } },
      },
      ['ref,first,last', 'C-1,Cleo,One', 'C-2,Dan,Two'],
    );
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  it('keeps the tables as a rebuild computes them, whatever the order of the rows', async () => {
    const summary = await f.importCsv(INTERACTIONS_PROFILE, [
      INTERACTIONS_HEADER,
      'C-1,C,viewed,,,2026-11-20T18:00:00Z',
      'C-1,A,viewed,,,2026-11-20T09:00:00Z',
      'C-2,A,added_to_cart,,,2026-11-21T10:00:00Z',
      'C-1,B,rated,5,,2026-11-20T12:00:00Z',
      'C-1,A,added_to_cart,,,2026-11-20T19:00:00Z',
      'C-2,D,viewed,,,2026-11-21T23:59:59Z',
      'C-2,B,rated,1,,2026-11-21T11:00:00Z',
      'C-2,C,viewed,,,2026-11-22T00:00:00Z',
    ]);
    expect(summary).toMatchObject({ inserted: 8, rejected: 0 });
    const incremental = tables(f.sql);
    const id = (sku: string) => f.sql.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as number;
    const pairs = incremental.pairs.map((row) => `${row.product_id}-${row.other_id}`);
    // Cleo's 20th: A, B, C pairwise. Dan's 21st: A with D (the 1-star B is no interest); the 22nd is a new day.
    const pairOf = (a: string, b: string) => [`${id(a)}-${id(b)}`, `${id(b)}-${id(a)}`];
    expect(pairs.sort()).toEqual(
      [...pairOf('A', 'B'), ...pairOf('A', 'C'), ...pairOf('B', 'C'), ...pairOf('A', 'D')].sort(),
    );
    const apple = incremental.products.find((row) => row.product_id === id('A'))!.weight;
    expect(apple).toBeCloseTo(itemWeight(Date.UTC(2026, 10, 20)) + itemWeight(Date.UTC(2026, 10, 21)), 9);

    const summaryOf = f.sql.transaction(() => rebuildInteractionPairs(f.sql))();
    expect(summaryOf).toMatchObject({ events: 7, sessions: 3, pairs: 8 });
    const rebuilt = tables(f.sql);
    expect(rebuilt.pairs.map((row) => [row.product_id, row.other_id])).toEqual(
      incremental.pairs.map((row) => [row.product_id, row.other_id]),
    );
    rebuilt.pairs.forEach((row, i) => expect(row.weight).toBeCloseTo(incremental.pairs[i]!.weight, 9));
    rebuilt.products.forEach((row, i) => expect(row.weight).toBeCloseTo(incremental.products[i]!.weight, 9));
  });

  it('adds the events recorded after the snapshot when the computed tables are swapped in', async () => {
    const computed = computeInteractionPairs(f.sql);
    await f.importCsv(INTERACTIONS_PROFILE, [INTERACTIONS_HEADER, 'C-1,D,viewed,,,2026-11-20T21:00:00Z']);
    const incremental = tables(f.sql);
    expect(incremental.pairs).toHaveLength(12); // D with B and C, both ways; A–D was there
    const summary = f.sql.transaction(() => swapInteractionPairs(f.sql, computed))();
    expect(summary).toMatchObject({ caughtUp: 1, pairs: 8 });
    const swapped = tables(f.sql);
    expect(swapped.pairs.map((row) => [row.product_id, row.other_id])).toEqual(
      incremental.pairs.map((row) => [row.product_id, row.other_id]),
    );
    swapped.pairs.forEach((row, i) => expect(row.weight).toBeCloseTo(incremental.pairs[i]!.weight, 9));
  });
});
