import { NeighbourCounter, basketTable } from './cooccurrence';
import { comparePaired, type CustomerScore, type PairedComparison } from './paired-comparison';
import { CUSTOMER_MIX, rankForCustomer, type CustomerMix } from './rank-customer';
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
  /** Customer by customer, the recommender against the baseline. */
  paired: PairedComparison;
}

/**
 * Which basket of each customer is predicted: `test`, the last (what the docs report), or
 * `validation`, the second-to-last with the last removed from the data altogether (what weights
 * are chosen on, so the reported figures are never tuned on the baskets they score).
 */
export type EvalSplit = 'test' | 'validation';

/** A split's held-out baskets, histories and tables, counted once and ranked with as many mixes as asked. */
export interface PreparedHoldout {
  baskets: number;
  held: { history: HistoryEvent[]; test: EvalBasket }[];
  source: ItemSource;
  baseline: number[];
}

/**
 * Offline evaluation with the product's own code: each customer's last basket is held out (for
 * `validation`, their last is dropped and the one before it held out), the item tables are
 * counted by NeighbourCounter (as the rebuild counts them) from every other basket, and
 * rankForCustomer ranks from the customer's baskets before the held-out one, as of its time. The
 * baseline suggests the products in most training baskets to everyone. Customers with a single
 * basket train the tables but are not scored (there is no history to recommend from).
 */
export function prepareHoldout(baskets: readonly EvalBasket[], split: EvalSplit = 'test', k = 10): PreparedHoldout {
  const byCustomer = new Map<string, EvalBasket[]>();
  for (const basket of baskets) {
    if (basket.products.length === 0) continue;
    const list = byCustomer.get(basket.customer) ?? [];
    list.push(basket);
    byCustomer.set(basket.customer, list);
  }
  const held: PreparedHoldout['held'] = [];
  const training: EvalBasket[] = [];
  const counts = new Map<number, number>();
  for (const list of byCustomer.values()) {
    list.sort((a, b) => a.atMs - b.atMs);
    if (split === 'validation') list.pop();
    const test = list.length >= 2 ? list.pop()! : null;
    for (const basket of list) {
      training.push(basket);
      for (const product of new Set(basket.products)) counts.set(product, (counts.get(product) ?? 0) + 1);
    }
    if (test) held.push({ test, history: list.flatMap(historyOf) });
  }
  const counter = new NeighbourCounter(basketTable(training));
  const neighbours = counter.neighbourTable();
  const popular = counter.mostPopular(200);
  const baseline = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map(([id]) => id);
  return {
    baskets: baskets.length,
    held,
    source: { neighbours: (id) => neighbours.get(id) ?? [], popular: (limit) => popular.slice(0, limit) },
    baseline,
  };
}

function historyOf(basket: EvalBasket): HistoryEvent[] {
  return [...new Set(basket.products)].map((productId) => ({
    productId,
    kind: 'bought' as const,
    atMs: basket.atMs,
    rating: null,
  }));
}

/** HR@k, recall@k and NDCG@k of rankForCustomer with `mix` and of the baseline, with the paired comparison. */
export function scoreHoldout(prepared: PreparedHoldout, mix: CustomerMix = CUSTOMER_MIX, k = 10): EvalReport {
  const recommender: CustomerScore[] = [];
  const popularity: CustomerScore[] = [];
  for (const { history, test } of prepared.held) {
    const ranked = rankForCustomer(history, prepared.source, NO_RULES, { nowMs: test.atMs, limit: k, mix });
    const relevant = new Set(test.products);
    recommender.push(
      scoreOf(
        ranked.map((s) => s.productId),
        relevant,
        k,
      ),
    );
    popularity.push(scoreOf(prepared.baseline, relevant, k));
  }
  return {
    baskets: prepared.baskets,
    customers: prepared.held.length,
    k,
    recommender: mean(recommender),
    popularity: mean(popularity),
    paired: comparePaired(recommender, popularity),
  };
}

/** The evaluation of the product's mix on a split: what `npm run eval:recs` prints and the tests assert. */
export function evaluateHoldout(baskets: readonly EvalBasket[], k = 10, split: EvalSplit = 'test'): EvalReport {
  return scoreHoldout(prepareHoldout(baskets, split, k), CUSTOMER_MIX, k);
}

/** HR@k (any hit), recall@k (hits over the basket's products) and NDCG@k (binary relevance) of one ranking. */
function scoreOf(ranked: readonly number[], relevant: ReadonlySet<number>, k: number): CustomerScore {
  let found = 0;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, rank) => {
    if (!relevant.has(id)) return;
    found++;
    dcg += 1 / Math.log2(rank + 2);
  });
  let ideal = 0;
  for (let rank = 0; rank < Math.min(k, relevant.size); rank++) ideal += 1 / Math.log2(rank + 2);
  return { hit: found > 0 ? 1 : 0, recall: found / relevant.size, ndcg: dcg / ideal };
}

function mean(scores: readonly CustomerScore[]): EvalMetrics {
  const of = (pick: (score: CustomerScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  return { hitRate: of((s) => s.hit), recall: of((s) => s.recall), ndcg: of((s) => s.ndcg) };
}
