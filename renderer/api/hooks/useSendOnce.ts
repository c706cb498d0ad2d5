import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';

/**
 * The mutation's `mutate`, ignoring a call made while the last is unanswered: a double click or a
 * second Enter would send the same change again, to be refused as already made or, worse, made
 * twice. A ref, not `isPending`: both clicks can land before the pending state renders.
 */
export function useSendOnce<TData, TError, TVariables, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
): (variables: TVariables, options?: MutateOptions<TData, TError, TVariables, TContext>) => void {
  const sending = useRef(false);
  return (variables, options) => {
    if (sending.current) return;
    sending.current = true;
    mutation.mutate(variables, {
      ...options,
      onSettled: (...settled) => {
        sending.current = false;
        options?.onSettled?.(...settled);
      },
    });
  };
}
