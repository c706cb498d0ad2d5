import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { invoke } from '../client';

const STAFF_KEY = ['staff'] as const;

export function useStaff() {
  return useQuery({ queryKey: STAFF_KEY, queryFn: () => invoke('staff.list', {}) });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'staff.create'>) => invoke('staff.create', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }),
    meta: { errorsShownInline: true },
  });
}
