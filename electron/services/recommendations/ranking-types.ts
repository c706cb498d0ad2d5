import type { SuggestionReasonKind } from '../../../shared/contract/recommendations';
import type { Neighbour } from './cooccurrence';

/** One signal in a customer's history: a product bought in one sale, viewed, put in a cart or rated. */
export interface HistoryEvent {
  productId: number;
  kind: 'bought' | 'added_to_cart' | 'viewed' | 'rated';
  atMs: number;
  rating: number | null;
}

/** Where the rankers read item neighbours and popularity: the database tables, or the evaluation's memory. */
export interface ItemSource {
  neighbours(productId: number): readonly Neighbour[];
  /** Neighbours by shared browsing sessions (views, carts, good ratings), where the source keeps them. */
  viewedWith?(productId: number): readonly Neighbour[];
  /** Products by decayed popularity, most popular first. */
  popular(limit: number): readonly number[];
}

/** The manager's rules: what may never be suggested, and what goes first wherever it is allowed. */
export interface SuggestionRules {
  allows(productId: number): boolean;
  pins: readonly number[];
}

export const NO_RULES: SuggestionRules = { allows: () => true, pins: [] };

/** A ranked product and why: the signal that contributed most, and the product behind it if any. */
export interface RankedSuggestion {
  productId: number;
  score: number;
  reason: { kind: SuggestionReasonKind; productId: number | null; times: number | null };
}
