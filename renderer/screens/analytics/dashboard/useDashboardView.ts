import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/** How often an open dashboard looks at the clock, to move on when the stores' day turns. */
const DAY_CHECK_MS = 60_000;

/** The current moment, renewed every minute: a dashboard left open past midnight follows the new day. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), DAY_CHECK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
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
  const now = useMinuteClock();
  // A day rather than the moment: the view (and every chart under it) changes only when the day does.
  const today = zoneOf === undefined ? null : storesToday(zoneOf, storeIdsOf(params), now);
  const view = useMemo(() => (today === null ? null : readView(params, today)), [today, params]);
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
