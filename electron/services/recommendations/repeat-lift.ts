import type { EvalBasket } from './evaluate';

/** How much a customer's own history says about their next basket, beyond what sells. */
export interface RepeatLift {
  /** Products a customer had bought before that were in their next basket. */
  observed: number;
  /** How many of them best sellers alone predict: each product's share of all baskets. */
  expected: number;
  /** observed / expected: 1 when customers pick from their own past no more than anyone else. */
  lift: number;
}

/**
 * The repeat purchases of a dataset against popularity: for every basket after a customer's
 * first, each product they had bought before counts as observed when the basket holds it and
 * adds its share of all baskets to what popularity expects. A lift near 1 means the customers'
 * histories carry no signal of their own to learn, whatever the recommender.
 */
export function repeatLift(baskets: readonly EvalBasket[]): RepeatLift {
  const share = new Map<number, number>();
  for (const basket of baskets)
    for (const product of new Set(basket.products)) share.set(product, (share.get(product) ?? 0) + 1);
  for (const [product, count] of share) share.set(product, count / baskets.length);
  const byCustomer = new Map<string, EvalBasket[]>();
  for (const basket of baskets) {
    const list = byCustomer.get(basket.customer) ?? [];
    list.push(basket);
    byCustomer.set(basket.customer, list);
  }
  let observed = 0;
  let expected = 0;
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.atMs - b.atMs);
    const bought = new Set<number>();
    for (const basket of list) {
      const products = new Set(basket.products);
      for (const product of bought) {
        if (products.has(product)) observed++;
        expected += share.get(product)!;
      }
      for (const product of products) bought.add(product);
    }
  }
  return { observed, expected, lift: expected === 0 ? 0 : observed / expected };
}
