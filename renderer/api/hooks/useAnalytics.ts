import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

export const ANALYTICS_KEY = ['analytics'] as const;

export type DashboardInput = ChannelInput<'analytics.dashboard'>;

/**
 * Every figure of the dashboard for one filter. The previous answer stays on screen while a new
 * filter loads, so charts change in place instead of blinking to skeletons on every click.
 */
export function useDashboard(input: DashboardInput) {
  return useQuery({
    queryKey: [...ANALYTICS_KEY, 'dashboard', input],
    queryFn: () => invoke('analytics.dashboard', input),
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}
