import { SeededRandom } from '../../../database/seed/random';

/** One customer's held-out basket, scored: any hit (0 or 1), recall and NDCG at k. */
export interface CustomerScore {
  hit: number;
  recall: number;
  ndcg: number;
}

/** A difference of means (recommender − baseline) with its 95% bootstrap interval. */
export interface Difference {
  mean: number;
  low: number;
  high: number;
}

/**
 * Whether the recommender is better customer by customer, not only on average: the customers
 * only it hits and those only the baseline hits (with McNemar's exact two-sided p-value: how
 * likely a split at least this uneven is if neither were better), and bootstrap intervals of the
 * differences in HR, recall and NDCG over the same customers.
 */
export interface PairedComparison {
  onlyRecommender: number;
  onlyBaseline: number;
  both: number;
  mcnemarP: number;
  hitRate: Difference;
  recall: Difference;
  ndcg: Difference;
}

/** Resamples of the customers for the intervals; the seed makes every run print the same figures. */
const RESAMPLES = 2000;
const SEED = 20261206;

export function comparePaired(ours: readonly CustomerScore[], baseline: readonly CustomerScore[]): PairedComparison {
  let onlyRecommender = 0;
  let onlyBaseline = 0;
  let both = 0;
  ours.forEach((score, i) => {
    if (score.hit && baseline[i]!.hit) both++;
    else if (score.hit) onlyRecommender++;
    else if (baseline[i]!.hit) onlyBaseline++;
  });
  const differences = (pick: (score: CustomerScore) => number) =>
    ours.map((score, i) => pick(score) - pick(baseline[i]!));
  return {
    onlyRecommender,
    onlyBaseline,
    both,
    mcnemarP: mcnemarExact(onlyRecommender, onlyBaseline),
    hitRate: bootstrap(differences((s) => s.hit)),
    recall: bootstrap(differences((s) => s.recall)),
    ndcg: bootstrap(differences((s) => s.ndcg)),
  };
}

/** Two-sided exact binomial test of b against c discordant pairs, each side equally likely. */
function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  let tail = 0;
  let term = 0.5 ** n; // P(X = 0)
  for (let x = 0; x <= Math.min(b, c); x++) {
    tail += term;
    term = (term * (n - x)) / (x + 1);
  }
  return Math.min(1, 2 * tail);
}

/** The mean of `values` and the 2.5th and 97.5th percentiles of the means of resamples with replacement. */
function bootstrap(values: readonly number[]): Difference {
  const n = values.length;
  const mean = n === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / n;
  if (n === 0) return { mean, low: 0, high: 0 };
  const random = new SeededRandom(String(SEED));
  const means = new Float64Array(RESAMPLES);
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random.next() * n)]!;
    means[r] = sum / n;
  }
  means.sort();
  return { mean, low: means[Math.floor(RESAMPLES * 0.025)]!, high: means[Math.floor(RESAMPLES * 0.975)]! };
}
