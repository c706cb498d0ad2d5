import { finishList } from './finish-list';
import { blendedNeighbours } from './neighbour-blend';
import type { ItemSource, RankedSuggestion, SuggestionRules } from './ranking-types';

/**
 * "Customers also bought": the products most alike the basket's as a whole (each basket
 * product's neighbours by shared baskets and shared browsing sessions, similarities added up),
 * never what is already in it. A product page is a basket of one. The reason names the basket
 * product that gave most, and whether baskets ("bought with") or sessions ("viewed with") did.
 */
export function rankForBasket(
  basket: readonly number[],
  source: ItemSource,
  rules: SuggestionRules,
  options: { limit: number; fill: boolean },
): RankedSuggestion[] {
  const inBasket = new Set(basket);
  const scores = new Map<number, { score: number; best: number; from: number; viewed: boolean }>();
  for (const productId of inBasket) {
    for (const neighbour of blendedNeighbours(source, productId)) {
      const entry = scores.get(neighbour.productId) ?? { score: 0, best: 0, from: productId, viewed: false };
      entry.score += neighbour.similarity;
      if (neighbour.similarity > entry.best) {
        Object.assign(entry, { best: neighbour.similarity, from: productId, viewed: neighbour.viewed });
      }
      scores.set(neighbour.productId, entry);
    }
  }
  const scored: RankedSuggestion[] = [...scores].map(([productId, entry]) => ({
    productId,
    score: entry.score,
    reason: { kind: entry.viewed ? 'viewed_together' : 'bought_together', productId: entry.from, times: null },
  }));
  const list = finishList(scored, source, rules, inBasket, options.limit);
  return options.fill ? list : list.filter((suggestion) => suggestion.reason.kind !== 'popular');
}
