import { finishList } from './finish-list';
import type { ItemSource, RankedSuggestion, SuggestionRules } from './ranking-types';

/**
 * "Customers also bought": the products most alike the basket's as a whole (each basket
 * product's neighbours, similarities added up), never what is already in it. A product page is
 * a basket of one.
 */
export function rankForBasket(
  basket: readonly number[],
  source: ItemSource,
  rules: SuggestionRules,
  options: { limit: number; fill: boolean },
): RankedSuggestion[] {
  const inBasket = new Set(basket);
  const scores = new Map<number, { score: number; best: number; from: number }>();
  for (const productId of inBasket) {
    for (const neighbour of source.neighbours(productId)) {
      const entry = scores.get(neighbour.productId) ?? { score: 0, best: 0, from: productId };
      entry.score += neighbour.similarity;
      if (neighbour.similarity > entry.best) Object.assign(entry, { best: neighbour.similarity, from: productId });
      scores.set(neighbour.productId, entry);
    }
  }
  const scored: RankedSuggestion[] = [...scores].map(([productId, entry]) => ({
    productId,
    score: entry.score,
    reason: { kind: 'bought_together', productId: entry.from, times: null },
  }));
  const list = finishList(scored, source, rules, inBasket, options.limit);
  return options.fill ? list : list.filter((suggestion) => suggestion.reason.kind !== 'popular');
}
