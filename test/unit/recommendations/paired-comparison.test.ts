import { describe, expect, it } from 'vitest';
import { comparePaired, type CustomerScore } from '../../../electron/services/recommendations/paired-comparison';

const score = (hit: number, ndcg = hit * 0.5): CustomerScore => ({ hit, recall: hit * 0.25, ndcg });

describe('comparePaired', () => {
  it('counts the customers only each side hits, with the exact McNemar p-value', () => {
    // 6 hit by ours only, 1 by the baseline only, 3 by both: p = 2 × P(X ≤ 1 | n = 7) = 2 × 8 / 128.
    const ours = [...Array(6).fill(score(1)), score(0), ...Array(3).fill(score(1))];
    const baseline = [...Array(6).fill(score(0)), score(1), ...Array(3).fill(score(1))];
    const paired = comparePaired(ours, baseline);
    expect(paired).toMatchObject({ onlyRecommender: 6, onlyBaseline: 1, both: 3 });
    expect(paired.mcnemarP).toBeCloseTo(0.125, 10);
    expect(paired.hitRate.mean).toBeCloseTo(0.5, 10);
    expect(paired.hitRate.low).toBeLessThan(paired.hitRate.mean);
    expect(paired.hitRate.high).toBeGreaterThan(paired.hitRate.mean);
  });

  it('gives an interval of zero width when both sides score every customer alike', () => {
    const same = Array.from({ length: 20 }, (_, i) => score(i % 2));
    const paired = comparePaired(same, same);
    expect(paired).toMatchObject({ onlyRecommender: 0, onlyBaseline: 0, both: 10, mcnemarP: 1 });
    expect(paired.ndcg).toEqual({ mean: 0, low: 0, high: 0 });
  });
});
