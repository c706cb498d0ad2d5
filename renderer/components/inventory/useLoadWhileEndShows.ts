import { useIntersection } from '@mantine/hooks';
import { useEffect } from 'react';
import type { PagedQuery } from './next-page';

/**
 * Loads the next page while the list's end is in view (or within 400 px of it); the returned ref
 * marks that end. A page may hold few rows or none while the cursor leads on, so loading goes on,
 * page after page (`rowCount` grows), until the end leaves the view. A failed page is left to the
 * person's "Try again".
 */
export function useLoadWhileEndShows(query: PagedQuery, rowCount: number) {
  const { ref, entry } = useIntersection({ rootMargin: '400px' });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (entry?.isIntersecting && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [entry?.isIntersecting, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage, rowCount]);
  return ref;
}
