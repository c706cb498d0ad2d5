import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { invoke } from '../../../api/client';
import { ANALYTICS_KEY } from '../../../api/hooks/useAnalytics';
import { readView, storeIdsOf, storesToday, writeView, type DashboardView, type ViewEditorProps } from './view';

/** Every store's time zone, since the presets count from the days of whichever stores are in view. */
function useStoreZones() {
  return useQuery({
    queryKey: [...ANALYTICS_KEY, 'store-zones'],
    queryFn: async () =>
      new Map((await invoke('stores.list', { scope: 'chain' })).map((store) => [store.id, store.timeZone])),
    staleTime: 10 * 60_000,
  });
}

/**
 * The view read from the address, counted from the stores' today, and a way to change part of it
 * as a new history entry. Nothing is shown until the stores' zones are in (`shown` is null):
 * the computer's own clock may be on another day than theirs.
 */
export function useDashboardView() {
  const zones = useStoreZones();
  const [params, setParams] = useSearchParams();
  const zoneOf = zones.data;
  const view = useMemo(
    () => (zoneOf === undefined ? null : readView(params, storesToday(zoneOf, storeIdsOf(params), new Date()))),
    [zoneOf, params],
  );
  // Changes build on the last one written, not on this render's view: two quick changes (both ends
  // of a range) may come before the address has rendered the first.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const change = useCallback(
    (patch: Partial<DashboardView>) => {
      if (zoneOf === undefined) return;
      const written = latest.current;
      const next = writeView({ ...readView(written, storesToday(zoneOf, storeIdsOf(written), new Date())), ...patch });
      latest.current = next;
      setParams(next);
    },
    [setParams, zoneOf],
  );
  const shown: ViewEditorProps | null = view === null ? null : { view, onChange: change };
  return { zones, shown };
}
