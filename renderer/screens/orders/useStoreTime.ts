import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { formatStoreDateTime } from './store-time';

/**
 * Formats an instant on the clock of the store it belongs to. Every store of the chain, since a
 * customer's orders may come from any of them; until the stores' zones are in, times stay blank
 * rather than show the computer's clock.
 */
export function useStoreTime(): (storeId: number, iso: string) => string {
  const zones = useQuery({
    queryKey: ['stores', 'time-zones'],
    queryFn: async () =>
      new Map((await invoke('stores.list', { scope: 'chain' })).map((store) => [store.id, store.timeZone])),
    staleTime: 10 * 60_000,
  });
  return (storeId, iso) => {
    const zone = zones.data?.get(storeId);
    return zone === undefined ? '' : formatStoreDateTime(iso, zone);
  };
}
