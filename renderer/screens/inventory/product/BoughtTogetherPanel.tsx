import { useProductSuggestions } from '../../../api/hooks/useRecommendations';
import { SuggestionsPanel } from '../../../components/recommendations/SuggestionsPanel';

export function BoughtTogetherPanel({ productId }: { productId: number }) {
  const query = useProductSuggestions(productId);
  return (
    <SuggestionsPanel
      title="Bought together"
      empty="Products sold in the same baskets as this one show here."
      query={query}
    />
  );
}
