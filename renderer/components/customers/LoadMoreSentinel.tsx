import { useEffect, useRef } from 'react';
import { LoadMore } from '../inventory/LoadMore';

/**
 * The end of an infinite list: asks for the next page as soon as it scrolls into view, and keeps a
 * button for keyboards and for a page that failed (which is never retried on its own).
 */
export function LoadMoreSentinel({
  hasMore,
  loading,
  failed,
  onLoadMore,
  endLabel,
}: {
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => void;
  endLabel?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !hasMore || loading || failed) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loading, failed, onLoadMore]);
  return (
    <div ref={ref}>
      <LoadMore hasMore={hasMore} loading={loading} failed={failed} onLoadMore={onLoadMore} endLabel={endLabel} />
    </div>
  );
}
