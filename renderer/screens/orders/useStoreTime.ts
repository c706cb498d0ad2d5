import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { formatStoreDate, formatStoreDateTime } from './store-time';

type OnStoreClock = (storeId: number, iso: string) => string;

/**
 * Every store of the chain with its zone, since a customer's orders may come from any of them;
 * until the zones are in, times stay blank rather than show the computer's clock.
 */
function useOnStoreClock(format: (iso: string, timeZone: string) => string): OnStoreClock {
  const zones = useQuery({
    queryKey: ['stores', 'time-zones'],
    queryFn: async () =>
      new Map((await invoke('stores.list', { scope: 'chain' })).map((store) => [store.id, store.timeZone])),
    staleTime: 10 * 60_000,
  });
  return (storeId, iso) => {
    const zone = zones.data?.get(storeId);
    return zone === undefined ? '' : format(iso, zone);
  };
}

/** Formats an instant as a date and time on the clock of the store it belongs to. */
export function useStoreTime(): OnStoreClock {
  return useOnStoreClock(formatStoreDateTime);
}

/** Formats an instant as the calendar day it fell on at the store it belongs to. */
export function useStoreDate(): OnStoreClock {
  return useOnStoreClock(formatStoreDate);
}
