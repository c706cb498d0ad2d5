import { useBasketSuggestions } from '../../../api/hooks/useRecommendations';
import { SuggestionsPanel } from '../../../components/recommendations/SuggestionsPanel';

/** "Customers also bought" for the products in the cart, following it as it changes. */
export function BasketSuggestions({ productIds }: { productIds: readonly number[] }) {
  const query = useBasketSuggestions(productIds);
  if (productIds.length === 0) return null;
  return (
    <SuggestionsPanel
      title="Customers also bought"
      empty="Nothing is often bought with these products yet."
      query={query}
    />
  );
}
