import { describe, expect, it } from 'vitest';
import { NeighbourCounter, basketTable } from '../../../electron/services/recommendations/cooccurrence';
import { rankForBasket } from '../../../electron/services/recommendations/rank-basket';
import { rankForCustomer } from '../../../electron/services/recommendations/rank-customer';
import { NO_RULES, type HistoryEvent, type ItemSource } from '../../../electron/services/recommendations/ranking-types';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1);

/** Bread (1) goes with butter (2); coffee (3) with milk (4); everyone buys water (5). */
function source(): ItemSource {
  const baskets = Array.from({ length: 20 }, (_, i) => [
    { products: [1, 2, 5], atMs: NOW - i * DAY },
    { products: [3, 4, 5], atMs: NOW - i * DAY },
    { products: [5, 6], atMs: NOW - i * DAY },
  ]).flat();
  const counter = new NeighbourCounter(basketTable(baskets));
  const table = counter.neighbourTable();
  const popular = counter.mostPopular(50);
  return { neighbours: (id) => table.get(id) ?? [], popular: (limit) => popular.slice(0, limit) };
}

const bought = (productId: number, daysAgo: number): HistoryEvent => ({
  productId,
  kind: 'bought',
  atMs: NOW - daysAgo * DAY,
  rating: null,
});

describe('rankForCustomer', () => {
  it('suggests what goes with the history and what the customer buys again, each with its reason', () => {
    const ranked = rankForCustomer([bought(1, 3), bought(1, 10), bought(3, 5)], source(), NO_RULES, {
      nowMs: NOW,
      limit: 6,
    });
    const byId = new Map(ranked.map((item) => [item.productId, item.reason]));
    expect(byId.get(2)).toEqual({ kind: 'you_bought', productId: 1, times: null });
    expect(byId.get(4)).toEqual({ kind: 'you_bought', productId: 3, times: null });
    expect(byId.get(1)).toEqual({ kind: 'buy_again', productId: null, times: 2 });
    expect(ranked.findIndex((item) => item.productId === 2)).toBeLessThan(
      ranked.findIndex((item) => item.productId === 6),
    );
  });

  it('names a view as the reason when a view is all there is, and falls back on best sellers without history', () => {
    const viewed = rankForCustomer([{ productId: 3, kind: 'viewed', atMs: NOW, rating: null }], source(), NO_RULES, {
      nowMs: NOW,
      limit: 3,
    });
    expect(viewed.find((item) => item.productId === 4)?.reason).toEqual({
      kind: 'you_viewed',
      productId: 3,
      times: null,
    });
    const fresh = rankForCustomer([], source(), NO_RULES, { nowMs: NOW, limit: 3 });
    expect(fresh.map((item) => item.reason.kind)).toEqual(['popular', 'popular', 'popular']);
    expect(fresh[0]!.productId).toBe(5);
  });

  it('never suggests a product rated 2 or less, nor its neighbours because of it', () => {
    const ranked = rankForCustomer(
      [bought(1, 3), { productId: 1, kind: 'rated', atMs: NOW - DAY, rating: 1 }],
      source(),
      NO_RULES,
      { nowMs: NOW, limit: 10 },
    );
    expect(ranked.map((item) => item.productId)).not.toContain(1);
    expect(ranked.find((item) => item.productId === 2)?.reason.kind).not.toBe('you_bought');
  });

  it('puts pins first and leaves excluded products out, in every list', () => {
    const rules = { allows: (id: number) => id !== 2, pins: [6] };
    const customer = rankForCustomer([bought(1, 3)], source(), rules, { nowMs: NOW, limit: 5 });
    expect(customer[0]).toMatchObject({ productId: 6, reason: { kind: 'promoted' } });
    expect(customer.map((item) => item.productId)).not.toContain(2);
    const basket = rankForBasket([1], source(), rules, { limit: 5, fill: false });
    expect(basket[0]).toMatchObject({ productId: 6, reason: { kind: 'promoted' } });
    expect(basket.map((item) => item.productId)).not.toContain(2);
  });
});

describe('rankForBasket', () => {
  it('suggests neighbours of the basket, never its own products, most alike first', () => {
    const ranked = rankForBasket([3], source(), NO_RULES, { limit: 5, fill: false });
    expect(ranked[0]).toEqual({
      productId: 4,
      score: expect.any(Number),
      reason: { kind: 'bought_together', productId: 3, times: null },
    });
    expect(ranked.map((item) => item.productId)).not.toContain(3);
    expect(ranked.map((item) => item.productId)).not.toContain(1);
  });
});

describe('NeighbourCounter', () => {
  it('keeps the same pairs whether it runs in one pass or in several shares, duplicates in a basket counted once', () => {
    const baskets = Array.from({ length: 200 }, (_, i) => ({
      products: [i % 7, (i * 3) % 11, (i * 5) % 13, 20 + (i % 4), i % 7].map((id) => id + 1),
      atMs: NOW - i * DAY,
    }));
    const counter = new NeighbourCounter(basketTable(baskets));
    const pairs = (parts: number) =>
      Array.from({ length: parts }, (_, part) => [...counter.strongestPairs(part, parts)].flat())
        .flat()
        .sort((a, b) => a.productId - b.productId || a.otherId - b.otherId);
    expect(pairs(3)).toEqual(pairs(1));
    expect(pairs(1).length).toBeGreaterThan(0);
    expect(counter.popularity[1]).toBeCloseTo(
      baskets
        .filter((basket) => basket.products.includes(1))
        .reduce((sum, basket) => sum + 2 ** ((basket.atMs - Date.UTC(2020, 0, 1)) / (90 * DAY)), 0),
      6,
    );
  });
});
