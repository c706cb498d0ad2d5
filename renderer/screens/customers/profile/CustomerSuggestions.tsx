import { useCustomerSuggestions } from '../../../api/hooks/useRecommendations';
import { SuggestionsPanel } from '../../../components/recommendations/SuggestionsPanel';

export function CustomerSuggestions({ customerId }: { customerId: number }) {
  const query = useCustomerSuggestions(customerId);
  return (
    <SuggestionsPanel
      title="Suggested for this customer"
      empty="Suggestions appear once the store has sales: what this customer buys again, what goes with it, and best sellers."
      query={query}
    />
  );
}
