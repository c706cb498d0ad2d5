import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

/** Requests whose screen shows the error itself say so; the global handler then only deals with a lost session. */
type RequestMeta = { errorsShownInline?: boolean };

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: RequestMeta;
    mutationMeta: RequestMeta;
  }
}

const MAX_RETRIES_WHEN_UNREACHABLE = 2;

export function createQueryClient(onError: (error: unknown, shownInline: boolean) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => onError(error, query.meta?.errorsShownInline === true),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => onError(error, mutation.meta?.errorsShownInline === true),
    }),
    defaultOptions: {
      queries: {
        // Expected failures (validation, permissions) answer the same on a retry; only a host that did not answer may.
        retry: (failureCount, error) => isApiError(error, 'INTERNAL') && failureCount < MAX_RETRIES_WHEN_UNREACHABLE,
        // The data lives on this machine and changes through this app: refetching on focus only adds load.
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}
