import { useMutation } from '@tanstack/react-query';
import { invoke } from '../client';

/** Starts the demo data job; its progress and ending arrive through `useJobEvents`. */
export function useLoadDemoData() {
  return useMutation({ mutationFn: () => invoke('demo.loadData', {}) });
}
