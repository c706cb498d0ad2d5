import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { rebuildRecommendations } from '../../../electron/services/recommendations/rebuild';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

type Pair = { product_id: number; other_id: number; weight: number };

describe('recommendations through the dispatcher, kept current by each sale', () => {
  let f: SalesFixture;
  let bread: number, butter: number, coffee: number, milk: number, cigars: number, jam: number;
  let regular: number, stranger: number;

  const pairs = () => f.sql.prepare('SELECT * FROM recommendation_pairs ORDER BY product_id, other_id').all() as Pair[];
  const ids = (items: { product: { id: number } }[]) => items.map((item) => item.product.id);

  beforeAll(async () => {
    f = await openSalesFixture();
    [bread, butter, coffee, milk, cigars, jam] = Array.from({ length: 6 }, () => f.product({ stock: 100 })) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    regular = f.customer('Rita Regular');
    stranger = f.customer('Sam Stranger');
    for (const basket of [
      [bread, butter],
      [bread, butter, jam],
      [coffee, milk],
      [coffee, milk, cigars],
    ]) {
      await f.sell(
        f.tokens.clerk,
        basket.map((productId) => ({ productId, quantity: 1 })),
        { customerId: regular },
      );
    }
  }, FIXTURE_TIMEOUT_MS);
  afterAll(() => f.dispose());

  it('adds each sale to popularity and pairs in its own transaction', () => {
    const breadButter = pairs().find((pair) => pair.product_id === bread && pair.other_id === butter);
    const butterBread = pairs().find((pair) => pair.product_id === butter && pair.other_id === bread);
    expect(breadButter?.weight).toBeGreaterThan(0);
    expect(butterBread?.weight).toBe(breadButter?.weight);
    expect(f.sql.prepare('SELECT COUNT(*) FROM recommendation_products').pluck().get()).toBe(6);
  });

  it('answers "bought together" for a product and "also bought" for a basket, with the reason', async () => {
    const product = await f.t.ok('recommendations.forProduct', { productId: bread, limit: 5 }, f.tokens.clerk);
    expect(product.items[0]).toMatchObject({
      product: { id: butter },
      reason: { kind: 'bought_together', because: { id: bread } },
    });
    expect(ids(product.items)).not.toContain(bread);
    expect(ids(product.items)).not.toContain(coffee);
    const basket = await f.t.ok('recommendations.forBasket', { productIds: [coffee, bread], limit: 5 }, f.tokens.clerk);
    expect(ids(basket.items)).toEqual(expect.arrayContaining([milk, butter]));
    expect(ids(basket.items)).not.toContain(coffee);
  });

  it('suggests for a customer from their purchases, and best sellers for one with no history', async () => {
    const known = await f.t.ok('recommendations.forCustomer', { customerId: regular, limit: 6 }, f.tokens.clerk);
    expect(known.items.find((item) => item.product.id === bread)?.reason).toMatchObject({
      kind: 'buy_again',
      times: 2,
    });
    const fresh = await f.t.ok('recommendations.forCustomer', { customerId: stranger, limit: 3 }, f.tokens.clerk);
    expect(fresh.items.map((item) => item.reason.kind)).toEqual(['popular', 'popular', 'popular']);
  });

  it('counts a views flood once, and ranks by what was viewed', async () => {
    const first = await f.t.ok(
      'customers.recordInteraction',
      { customerId: stranger, productId: coffee, kind: 'viewed' },
      f.tokens.clerk,
    );
    await f.advanceClock(1);
    const again = await f.t.ok(
      'customers.recordInteraction',
      { customerId: stranger, productId: coffee, kind: 'viewed' },
      f.tokens.clerk,
    );
    expect(again.id).toBe(first.id);
    expect(
      f.sql
        .prepare("SELECT COUNT(*) FROM customer_interactions WHERE customer_id = ? AND kind = 'viewed'")
        .pluck()
        .get(stranger),
    ).toBe(1);
    const viewed = await f.t.ok('recommendations.forCustomer', { customerId: stranger, limit: 10 }, f.tokens.clerk);
    expect(viewed.items.find((item) => item.product.id === milk)?.reason).toMatchObject({
      kind: 'you_viewed',
      because: { id: coffee },
    });
    const bad = await f.t.call(
      'customers.recordInteraction',
      { customerId: stranger, productId: coffee, kind: 'rated', rating: 6 },
      f.tokens.clerk,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a stored duplicate event and an out-of-range rating in the database itself', () => {
    const insert = f.sql.prepare(
      `INSERT INTO customer_interactions (customer_id, product_id, kind, rating, occurred_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
    );
    insert.run(stranger, jam, 'viewed', null);
    expect(() => insert.run(stranger, jam, 'viewed', null)).toThrow(/UNIQUE/);
    expect(() => insert.run(stranger, jam, 'rated', 9)).toThrow(/CHECK/);
  });

  it('keeps excluded products and categories out and pinned ones first, in every list', async () => {
    const tobacco = Number(
      f.sql.prepare('INSERT INTO categories (uid, name) VALUES (?, ?)').run(newUid(), 'Tobacco').lastInsertRowid,
    );
    f.sql.prepare('UPDATE products SET category_id = ? WHERE id = ?').run(tobacco, cigars);
    await f.t.ok('recommendations.exclude', { categoryId: tobacco }, f.tokens.manager);
    await f.t.ok('recommendations.exclude', { productId: butter }, f.tokens.manager);
    const rules = await f.t.ok('recommendations.pin', { productId: jam }, f.tokens.manager);
    expect(rules.pins.map((pin) => pin.product.id)).toEqual([jam]);
    expect(rules.exclusions).toHaveLength(2);

    for (const list of [
      await f.t.ok('recommendations.forProduct', { productId: milk, limit: 5 }, f.tokens.clerk),
      await f.t.ok('recommendations.forBasket', { productIds: [bread, coffee], limit: 5 }, f.tokens.clerk),
      await f.t.ok('recommendations.forCustomer', { customerId: regular, limit: 6 }, f.tokens.clerk),
    ]) {
      expect(list.items[0]).toMatchObject({ product: { id: jam }, reason: { kind: 'promoted' } });
      expect(ids(list.items)).not.toContain(cigars);
      expect(ids(list.items)).not.toContain(butter);
    }
  });

  it('lists a promoted product that an exclusion keeps out as not shown', async () => {
    const rules = await f.t.ok('recommendations.pin', { productId: cigars }, f.tokens.manager);
    const shown = new Map(rules.pins.map((pin) => [pin.product.id, pin.shown]));
    expect(shown).toEqual(
      new Map([
        [jam, true],
        [cigars, false],
      ]),
    );
    await f.t.ok('recommendations.unpin', { productId: cigars }, f.tokens.manager);
  });

  it('refuses bad input, unknown records and a clerk managing the rules, changing nothing', async () => {
    const before = await f.t.ok('recommendations.rules', {}, f.tokens.manager);
    const refusals = [
      [await f.t.call('recommendations.exclude', { productId: bread }, f.tokens.clerk), 'FORBIDDEN'],
      [await f.t.call('recommendations.exclude', { productId: bread, categoryId: 1 }, f.tokens.manager), 'VALIDATION'],
      [await f.t.call('recommendations.exclude', { productId: 999_999 }, f.tokens.manager), 'NOT_FOUND'],
      [await f.t.call('recommendations.exclude', { productId: butter }, f.tokens.manager), 'CONFLICT'],
      [await f.t.call('recommendations.forCustomer', { customerId: 999_999 }, f.tokens.clerk), 'NOT_FOUND'],
      [await f.t.call('recommendations.forBasket', { productIds: [] }, f.tokens.clerk), 'VALIDATION'],
      [await f.t.call('recommendations.forBasket', { productIds: [bread, 999_999] }, f.tokens.clerk), 'NOT_FOUND'],
      [await f.t.call('recommendations.unpin', { productId: milk }, f.tokens.manager), 'NOT_FOUND'],
    ] as const;
    for (const [envelope, code] of refusals) expect(envelope).toMatchObject({ ok: false, error: { code } });
    expect(await f.t.ok('recommendations.rules', {}, f.tokens.manager)).toEqual(before);
  });

  it('counts a pending order once it is paid, not before', async () => {
    const lines = [
      { productId: milk, quantity: 1 },
      { productId: jam, quantity: 1 },
    ];
    const total = await f.total(f.tokens.clerk, lines);
    const pending = await f.t.ok(
      'orders.place',
      { idempotencyKey: randomUUID(), channel: 'phone', lines, expectedTotalCents: total, savePending: true },
      f.tokens.clerk,
    );
    expect(pairs().some((pair) => pair.product_id === milk && pair.other_id === jam)).toBe(false);
    await f.t.ok(
      'orders.transition',
      { id: pending.id, to: 'paid', payments: [{ method: 'card', amountCents: total }] },
      f.tokens.clerk,
    );
    expect(pairs().some((pair) => pair.product_id === milk && pair.other_id === jam)).toBe(true);
  });

  it('rebuilds to the same tables the sales kept incrementally', () => {
    const kept = pairs();
    f.sql.transaction(() => rebuildRecommendations(f.sql))();
    const rebuilt = pairs();
    expect(rebuilt.map(({ product_id, other_id }) => [product_id, other_id])).toEqual(
      kept.map(({ product_id, other_id }) => [product_id, other_id]),
    );
    rebuilt.forEach((pair, i) => expect(pair.weight).toBeCloseTo(kept[i]!.weight, 9));
  });

  it('rebuilds as a job a manager starts, with progress, on its own connection', async () => {
    const { jobId } = await f.t.ok('recommendations.rebuild', {}, f.tokens.manager);
    const job = await f.t.endedJob(jobId, f.tokens.manager);
    expect(job).toMatchObject({
      status: 'succeeded',
      kind: 'recommendations.rebuild',
      result: { baskets: 5, products: 6 },
    });
    expect(await f.t.call('recommendations.rebuild', {}, f.tokens.clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
