import { customerDecay } from './decay';
import { finishList } from './finish-list';
import { blendedNeighbours } from './neighbour-blend';
import type { HistoryEvent, ItemSource, RankedSuggestion, SuggestionRules } from './ranking-types';

/** How much each kind of signal says about what a customer wants, a purchase being 1. */
const KIND_WEIGHT = { bought: 1, added_to_cart: 0.5, viewed: 0.25, rated: 1 } as const;
/** The products of a customer's history that seed neighbours, strongest first. */
const SEEDS = 30;
/** The strongest seeds whose session neighbours count too: each is one more indexed read of up to 50 rows. */
const VIEWED_SEEDS = 10;
/**
 * How the three parts mix, each in [0, 1] first: buying again (the decayed share of the
 * customer's baskets that held the product), the neighbours of the history (scaled to their
 * best), and what sells now (popularity decays in 90 days, so the prior follows the season), by
 * rank among the `prior` most popular. Chosen on the evaluation's validation split (each
 * customer's second-to-last basket, `npm run eval:recs -- --tune`), never on the held-out last
 * baskets it reports: of the mixes that beat popularity on both datasets, the best on average.
 */
export interface CustomerMix {
  buyAgain: number;
  neighbours: number;
  popular: number;
  prior: number;
}

export const CUSTOMER_MIX: CustomerMix = { buyAgain: 0.2, neighbours: 0.2, popular: 1, prior: 100 };
/** A rating at or below this means "not for me": the product is neither suggested nor a seed. */
const DISLIKED_AT_OR_BELOW = 2;

interface ProductSignal {
  signal: number;
  strongest: HistoryEvent['kind'];
  strongestWeight: number;
  bought: number;
  times: number;
  rating: number | null;
  ratedAtMs: number;
}

function signalsOf(history: readonly HistoryEvent[], nowMs: number): Map<number, ProductSignal> {
  const signals = new Map<number, ProductSignal>();
  for (const event of history) {
    let entry = signals.get(event.productId);
    if (!entry) {
      entry = {
        signal: 0,
        strongest: event.kind,
        strongestWeight: 0,
        bought: 0,
        times: 0,
        rating: null,
        ratedAtMs: -Infinity,
      };
      signals.set(event.productId, entry);
    }
    const decay = customerDecay(event.atMs, nowMs);
    if (event.kind === 'rated') {
      if (event.atMs >= entry.ratedAtMs) Object.assign(entry, { rating: event.rating, ratedAtMs: event.atMs });
      continue;
    }
    const weight = KIND_WEIGHT[event.kind] * decay;
    entry.signal += weight;
    if (event.kind === 'bought') {
      entry.bought += decay;
      entry.times += 1;
    }
    if (weight > entry.strongestWeight) Object.assign(entry, { strongest: event.kind, strongestWeight: weight });
  }
  // A good rating is a signal of its own; a bad one silences the product's other signals.
  for (const entry of signals.values()) {
    if (entry.rating === null) continue;
    if (entry.rating <= DISLIKED_AT_OR_BELOW) entry.signal = 0;
    else if (entry.rating >= 4) {
      const weight = KIND_WEIGHT.rated * customerDecay(entry.ratedAtMs, nowMs);
      entry.signal += weight;
      if (weight > entry.strongestWeight) Object.assign(entry, { strongest: 'rated', strongestWeight: weight });
    }
  }
  return signals;
}

/** The customer's baskets (distinct purchase instants), decayed as their purchases are. */
function basketsOf(history: readonly HistoryEvent[], nowMs: number): number {
  const instants = new Set(history.filter((event) => event.kind === 'bought').map((event) => event.atMs));
  let total = 0;
  for (const atMs of instants) total += customerDecay(atMs, nowMs);
  return total;
}

const SEED_REASON = {
  bought: 'you_bought',
  added_to_cart: 'you_carted',
  viewed: 'you_viewed',
  rated: 'you_rated',
} as const;

/**
 * A customer's top suggestions from their history: products they buy again, weighted by how
 * often and how lately, and the neighbours of what they bought, carted, viewed or liked, each
 * scaled to its own best and mixed. Products rated 2 or less are never suggested. With no
 * history the list is the popular products.
 */
export function rankForCustomer(
  history: readonly HistoryEvent[],
  source: ItemSource,
  rules: SuggestionRules,
  options: { nowMs: number; limit: number; mix?: CustomerMix },
): RankedSuggestion[] {
  const mix = options.mix ?? CUSTOMER_MIX;
  const signals = signalsOf(history, options.nowMs);
  const disliked = new Set(
    [...signals].filter(([, s]) => s.rating !== null && s.rating <= DISLIKED_AT_OR_BELOW).map(([id]) => id),
  );

  const buyAgain = [...signals].filter(([, s]) => s.bought > 0 && s.signal > 0);
  // The share of their baskets that held it, not its share of their best: a customer who seldom buys the same thing twice gets little "buy again".
  const baskets = basketsOf(history, options.nowMs);

  const neighbourScores = new Map<number, { score: number; best: number; from: number; viewed: boolean }>();
  const seeds = [...signals]
    .filter(([, s]) => s.signal > 0)
    .sort((a, b) => b[1].signal - a[1].signal || a[0] - b[0])
    .slice(0, SEEDS);
  for (const [index, [seedId, seed]] of seeds.entries()) {
    for (const neighbour of blendedNeighbours(source, seedId, index < VIEWED_SEEDS)) {
      const part = seed.signal * neighbour.similarity;
      const entry = neighbourScores.get(neighbour.productId) ?? { score: 0, best: 0, from: seedId, viewed: false };
      entry.score += part;
      if (part > entry.best) Object.assign(entry, { best: part, from: seedId, viewed: neighbour.viewed });
      neighbourScores.set(neighbour.productId, entry);
    }
  }
  const bestNeighbour = Math.max(0, ...[...neighbourScores.values()].map((entry) => entry.score));

  const scored = new Map<number, RankedSuggestion>();
  for (const [productId, s] of buyAgain) {
    scored.set(productId, {
      productId,
      score: (mix.buyAgain * s.bought) / baskets,
      reason: { kind: 'buy_again', productId: null, times: s.times },
    });
  }
  for (const [productId, entry] of neighbourScores) {
    const score = (mix.neighbours * entry.score) / bestNeighbour;
    const again = scored.get(productId);
    if (again) {
      again.score += score;
      continue;
    }
    // Through sessions the product is "often viewed with" the seed; through baskets it goes with what they did to it.
    const kind = entry.viewed ? 'viewed_together' : SEED_REASON[signals.get(entry.from)!.strongest];
    scored.set(productId, { productId, score, reason: { kind, productId: entry.from, times: null } });
  }
  // Best sellers are a prior every customer shares: they rank among the personal candidates, weaker by rank.
  source.popular(mix.prior).forEach((productId, rank) => {
    const prior = mix.popular * (1 - rank / mix.prior);
    const entry = scored.get(productId);
    if (entry) entry.score += prior;
    else scored.set(productId, { productId, score: prior, reason: { kind: 'popular', productId: null, times: null } });
  });
  return finishList([...scored.values()], source, rules, disliked, options.limit);
}
