import { NeighbourCounter, basketTable } from './cooccurrence';
import { rankForCustomer } from './rank-customer';
import { NO_RULES, type HistoryEvent, type ItemSource } from './ranking-types';

/** One sale of a dataset: who bought, when, which products. */
export interface EvalBasket {
  customer: string;
  atMs: number;
  products: number[];
}

export interface EvalMetrics {
  hitRate: number;
  recall: number;
  ndcg: number;
}

export interface EvalReport {
  baskets: number;
  customers: number;
  k: number;
  recommender: EvalMetrics;
  popularity: EvalMetrics;
}

/**
 * Offline evaluation with the product's own code: each customer's last basket is held out, the
 * item tables are counted by NeighbourCounter (as the rebuild counts them) from every other basket, and rankForCustomer
 * ranks from the customer's baskets before the held-out one, as of its time. The baseline
 * suggests the products in most training baskets to everyone. Customers with a single basket
 * train the tables but are not scored (there is no history to recommend from).
 */
export function evaluateHoldout(baskets: readonly EvalBasket[], k = 10): EvalReport {
  const byCustomer = new Map<string, EvalBasket[]>();
  for (const basket of baskets) {
    if (basket.products.length === 0) continue;
    const list = byCustomer.get(basket.customer) ?? [];
    list.push(basket);
    byCustomer.set(basket.customer, list);
  }
  const held = new Map<string, EvalBasket>();
  const training: EvalBasket[] = [];
  const counts = new Map<number, number>();
  for (const [customer, list] of byCustomer) {
    list.sort((a, b) => a.atMs - b.atMs);
    if (list.length >= 2) held.set(customer, list.pop()!);
    for (const basket of list) {
      training.push(basket);
      for (const product of new Set(basket.products)) counts.set(product, (counts.get(product) ?? 0) + 1);
    }
  }
  const counter = new NeighbourCounter(basketTable(training));
  const neighbours = counter.neighbourTable();
  const popular = counter.mostPopular(200);
  const source: ItemSource = {
    neighbours: (id) => neighbours.get(id) ?? [],
    popular: (limit) => popular.slice(0, limit),
  };
  const baseline = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([id]) => id);

  const recommender = new MetricSum(k);
  const popularity = new MetricSum(k);
  for (const [customer, test] of held) {
    const history: HistoryEvent[] = byCustomer.get(customer)!.flatMap((basket) =>
      [...new Set(basket.products)].map((productId) => ({
        productId,
        kind: 'bought' as const,
        atMs: basket.atMs,
        rating: null,
      })),
    );
    const ranked = rankForCustomer(history, source, NO_RULES, { nowMs: test.atMs, limit: k }).map((s) => s.productId);
    const relevant = new Set(test.products);
    recommender.add(ranked, relevant);
    popularity.add(baseline, relevant);
  }
  return {
    baskets: baskets.length,
    customers: held.size,
    k,
    recommender: recommender.mean(),
    popularity: popularity.mean(),
  };
}

/** HR@k (any hit), recall@k (hits over the basket's products) and NDCG@k (binary relevance), averaged. */
class MetricSum {
  private hits = 0;
  private recall = 0;
  private ndcg = 0;
  private count = 0;

  constructor(private readonly k: number) {}

  add(ranked: readonly number[], relevant: ReadonlySet<number>): void {
    let found = 0;
    let dcg = 0;
    ranked.slice(0, this.k).forEach((id, rank) => {
      if (!relevant.has(id)) return;
      found++;
      dcg += 1 / Math.log2(rank + 2);
    });
    let ideal = 0;
    for (let rank = 0; rank < Math.min(this.k, relevant.size); rank++) ideal += 1 / Math.log2(rank + 2);
    this.hits += found > 0 ? 1 : 0;
    this.recall += found / relevant.size;
    this.ndcg += dcg / ideal;
    this.count++;
  }

  mean(): EvalMetrics {
    const of = (sum: number) => (this.count === 0 ? 0 : sum / this.count);
    return { hitRate: of(this.hits), recall: of(this.recall), ndcg: of(this.ndcg) };
  }
}
