import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { RecommendationRules } from '../../../shared/contract/recommendations';
import { invoke } from '../client';

const RECOMMENDATIONS_KEY = ['recommendations'] as const;
const RULES_KEY = [...RECOMMENDATIONS_KEY, 'rules'] as const;

export function useCustomerSuggestions(customerId: number) {
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'customer', customerId],
    queryFn: () => invoke('recommendations.forCustomer', { customerId, limit: 10 }),
    meta: { errorsShownInline: true },
  });
}

export function useProductSuggestions(productId: number) {
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'product', productId],
    queryFn: () => invoke('recommendations.forProduct', { productId, limit: 8 }),
    meta: { errorsShownInline: true },
  });
}

/** Follows the basket as it changes; keeps the last list on screen while the next one loads. */
export function useBasketSuggestions(productIds: readonly number[]) {
  const ids = [...new Set(productIds)].sort((a, b) => a - b);
  return useQuery({
    queryKey: [...RECOMMENDATIONS_KEY, 'basket', ids],
    queryFn: () => invoke('recommendations.forBasket', { productIds: ids, limit: 5 }),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

export function useRecommendationRules(enabled = true) {
  return useQuery({
    queryKey: RULES_KEY,
    queryFn: () => invoke('recommendations.rules', {}),
    enabled,
    meta: { errorsShownInline: true },
  });
}

type RuleChange =
  | { kind: 'exclude'; input: ChannelInput<'recommendations.exclude'> }
  | { kind: 'removeExclusion'; input: ChannelInput<'recommendations.removeExclusion'> }
  | { kind: 'pin'; input: ChannelInput<'recommendations.pin'> }
  | { kind: 'unpin'; input: ChannelInput<'recommendations.unpin'> };

/** Changes an exclusion or a pin; every list of suggestions is asked again afterwards. */
export function useChangeRecommendationRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RuleChange): Promise<RecommendationRules> =>
      invoke(`recommendations.${change.kind}`, change.input as never) as Promise<RecommendationRules>,
    onSuccess: (rules) => {
      queryClient.setQueryData(RULES_KEY, rules);
      void queryClient.invalidateQueries({ queryKey: RECOMMENDATIONS_KEY });
    },
    meta: { errorsShownInline: true },
  });
}

export function useRebuildRecommendations() {
  return useMutation({ mutationFn: () => invoke('recommendations.rebuild', {}), meta: { errorsShownInline: true } });
}
