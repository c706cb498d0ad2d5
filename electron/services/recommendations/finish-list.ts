import type { ItemSource, RankedSuggestion, SuggestionRules } from './ranking-types';

/**
 * Turns scored candidates into the list every path answers: the manager's pins first, then the
 * candidates by score, then the most popular products to fill it, never an excluded product,
 * never one in `skip` (already in the basket, rated down), never the same product twice.
 */
export function finishList(
  scored: readonly RankedSuggestion[],
  source: ItemSource,
  rules: SuggestionRules,
  skip: ReadonlySet<number>,
  limit: number,
): RankedSuggestion[] {
  const list: RankedSuggestion[] = [];
  const taken = new Set<number>();
  const add = (suggestion: RankedSuggestion) => {
    if (list.length >= limit || taken.has(suggestion.productId) || skip.has(suggestion.productId)) return;
    if (!rules.allows(suggestion.productId)) return;
    taken.add(suggestion.productId);
    list.push(suggestion);
  };
  for (const productId of rules.pins)
    add({ productId, score: 0, reason: { kind: 'promoted', productId: null, times: null } });
  for (const suggestion of [...scored].sort((a, b) => b.score - a.score || a.productId - b.productId)) add(suggestion);
  // Ask for enough popular products to fill the list even after exclusions and products already taken.
  for (const productId of source.popular(limit + taken.size + skip.size + 50)) {
    add({ productId, score: 0, reason: { kind: 'popular', productId: null, times: null } });
  }
  return list;
}
