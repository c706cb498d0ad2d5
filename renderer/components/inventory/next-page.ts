/** The part of an infinite query the end of its list reads. */
export interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** An infinite query's next page as LoadMore and LoadMoreSentinel take it: `<LoadMore {...nextPage(list)} />`. */
export function nextPage(query: PagedQuery) {
  return {
    hasMore: query.hasNextPage,
    loading: query.isFetchingNextPage,
    failed: query.isFetchNextPageError,
    onLoadMore: () => void query.fetchNextPage(),
  };
}
