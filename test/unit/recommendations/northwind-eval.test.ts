import { describe, expect, it } from 'vitest';
import { evaluateHoldout } from '../../../electron/services/recommendations/evaluate';
import { northwindBaskets } from '../../../electron/services/recommendations/eval-datasets';
import { repeatLift } from '../../../electron/services/recommendations/repeat-lift';
import { NORTHWIND } from '../../helpers/northwind';

describe('the recommender on Northwind, last basket of each customer held out', () => {
  const report = evaluateHoldout(northwindBaskets(NORTHWIND), 10);

  it('scores every customer with more than one order', () => {
    expect(report.baskets).toBe(830);
    expect(report.customers).toBe(88);
  });

  it('beats suggesting the best sellers to everyone on HR@10, recall@10 and NDCG@10', () => {
    expect(report.recommender.hitRate).toBeGreaterThan(report.popularity.hitRate);
    expect(report.recommender.recall).toBeGreaterThan(report.popularity.recall);
    expect(report.recommender.ndcg).toBeGreaterThan(report.popularity.ndcg);
  });

  it('wins on the validation split too, where the mix was chosen, and reports the margin customer by customer', () => {
    const validation = evaluateHoldout(northwindBaskets(NORTHWIND), 10, 'validation');
    expect(validation.recommender.ndcg).toBeGreaterThan(1.05 * validation.popularity.ndcg);
    const { paired } = report;
    expect(paired.onlyRecommender + paired.onlyBaseline + paired.both).toBe(
      Math.round(report.recommender.hitRate * report.customers) + paired.onlyBaseline,
    );
    expect(paired.onlyRecommender).toBeGreaterThan(paired.onlyBaseline);
  });

  it('shows why the margin stays small: Northwind customers buy again hardly more than best sellers predict', () => {
    const repeats = repeatLift(northwindBaskets(NORTHWIND));
    expect(repeats.observed).toBe(470);
    expect(repeats.lift).toBeGreaterThan(1);
    expect(repeats.lift).toBeLessThan(1.1);
  });
});

describe('repeat lift', () => {
  it('counts products bought again against their share of all baskets', () => {
    const day = 86_400_000;
    const repeats = repeatLift([
      { customer: 'a', atMs: 0, products: [1, 2] },
      { customer: 'a', atMs: day, products: [1, 3] },
      { customer: 'b', atMs: 0, products: [2] },
      { customer: 'b', atMs: day, products: [2] },
    ]);
    // a's second basket: 1 again (share 2/4), not 2 (3/4); b's: 2 again (3/4).
    expect(repeats).toEqual({ observed: 2, expected: 0.5 + 0.75 + 0.75, lift: 1 });
  });
});
