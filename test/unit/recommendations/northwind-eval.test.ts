import { describe, expect, it } from 'vitest';
import { evaluateHoldout } from '../../../electron/services/recommendations/evaluate';
import { northwindBaskets } from '../../../electron/services/recommendations/eval-datasets';
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
});
