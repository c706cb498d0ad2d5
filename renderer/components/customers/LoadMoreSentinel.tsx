import { useEffect, useRef } from 'react';
import { LoadMore, type LoadMoreProps } from '../inventory/LoadMore';

/**
 * The end of an infinite list: asks for the next page as soon as it scrolls into view, and keeps a
 * button for keyboards and for a page that failed (which is never retried on its own).
 */
export function LoadMoreSentinel(props: LoadMoreProps) {
  const { hasMore, loading, failed, onLoadMore } = props;
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
      <LoadMore {...props} />
    </div>
  );
}
