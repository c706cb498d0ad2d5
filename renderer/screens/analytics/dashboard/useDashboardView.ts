import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { today } from './days';
import { readView, writeView, type DashboardView } from './view';

/** The view read from the address, and a way to change part of it as a new history entry. */
export function useDashboardView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params, today()), [params]);
  // Changes build on the last one written, not on this render's view: two quick changes (both ends
  // of a range) may come before the address has rendered the first.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const change = useCallback(
    (patch: Partial<DashboardView>) => {
      const next = writeView({ ...readView(latest.current, today()), ...patch });
      latest.current = next;
      setParams(next);
    },
    [setParams],
  );
  return { view, change };
}
