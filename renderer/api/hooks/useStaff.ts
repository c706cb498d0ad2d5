import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

const STAFF_KEY = ['staff'] as const;

/** Every member, disabled ones too: the admin screen enables them again. */
export function useStaff() {
  return useQuery({ queryKey: STAFF_KEY, queryFn: () => invoke('staff.list', { includeDisabled: true }) });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'staff.create'>) => invoke('staff.create', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }),
    meta: { errorsShownInline: true },
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'staff.update'>) => invoke('staff.update', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }),
    meta: { errorsShownInline: true },
  });
}

/** Ends every open session of a member. */
export function useSignOutStaff() {
  return useMutation({
    mutationFn: (staffId: number) => invoke('staff.signOut', { staffId }),
    meta: { errorsShownInline: true },
  });
}
