import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput, StaffProfile } from '../../../shared/contract';
import { invoke } from '../client';
import { SESSION_KEY, SETUP_STATUS_KEY, startSession } from '../session';

type SetupStatus = ChannelOutput<'setup.getStatus'>;

export function useSetupStatus() {
  return useQuery({
    queryKey: SETUP_STATUS_KEY,
    queryFn: () => invoke('setup.getStatus', {}),
    // Only this app finishes setup, and it updates the cache when it does.
    staleTime: Infinity,
    meta: { errorsShownInline: true },
  });
}

/** Creates the store and logs its first admin in; the first-run screen stays until `useFinishSetup` runs. */
export function useCreateStore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'setup.createStore'>) => invoke('setup.createStore', input),
    onSuccess: (session) => startSession(queryClient, session),
    meta: { errorsShownInline: true },
  });
}

/** Leaves the first-run screen once the person has chosen demo data or an empty store. */
export function useFinishSetup(): () => void {
  const queryClient = useQueryClient();
  return () => {
    const storeName = queryClient.getQueryData<StaffProfile>(SESSION_KEY)?.storeName ?? null;
    queryClient.setQueryData<SetupStatus>(SETUP_STATUS_KEY, { needsSetup: false, storeName });
  };
}
