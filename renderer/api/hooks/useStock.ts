import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { MAX_COUNT_LINES } from '../../../shared/contract';
import { invoke } from '../client';
import { invalidateInventory } from './inventory-cache';

const STOCK_KEY = ['stock'] as const;
const MOVEMENT_PAGE_SIZE = 50;
const TRANSFER_PAGE_SIZE = 50;

export type CountSheetRow = ChannelOutput<'stock.countSheet'>['items'][number];
export type StoreRef = { id: number; name: string };

/** A product's stock ledger in one store, newest first, a page at a time. */
export function useMovements(productId: number, storeId: number) {
  return useInfiniteQuery({
    queryKey: [...STOCK_KEY, 'movements', productId, storeId],
    queryFn: ({ pageParam }) =>
      invoke('stock.listMovements', {
        productId,
        storeId,
        limit: MOVEMENT_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    meta: { errorsShownInline: true },
  });
}

/** Writes that move stock: every list that shows stock, low stock or orders is refreshed after them. */
function useStockWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => invalidateInventory(queryClient),
    meta: { errorsShownInline: true },
  });
}

export const useAdjustStock = () =>
  useStockWrite((input: ChannelInput<'stock.adjust'>) => invoke('stock.adjust', input));
export const useApplyCount = () =>
  useStockWrite((input: ChannelInput<'stock.applyCount'>) => invoke('stock.applyCount', input));
export const useSendTransfer = () =>
  useStockWrite((input: ChannelInput<'transfers.send'>) => invoke('transfers.send', input));
export const useReceiveTransfer = () =>
  useStockWrite((input: ChannelInput<'transfers.receive'>) => invoke('transfers.receive', input));

export function useStockCount(id: number) {
  return useQuery({
    queryKey: [...STOCK_KEY, 'count', id],
    queryFn: () => invoke('stock.getCount', { id }),
    meta: { errorsShownInline: true },
  });
}

/** Every product of a blank count sheet (a category's subtree, or the whole store), all pages read. */
export function countSheetQuery(categoryId: number | null) {
  return queryOptions({
    queryKey: [...STOCK_KEY, 'countSheet', categoryId],
    queryFn: async () => {
      const read = (cursor: string | null) =>
        invoke('stock.countSheet', {
          limit: MAX_COUNT_LINES,
          ...(categoryId === null ? {} : { categoryId }),
          ...(cursor === null ? {} : { cursor }),
        });
      const first = await read(null);
      const items: CountSheetRow[] = [...first.items];
      let cursor = first.nextCursor;
      while (cursor !== null && items.length < MAX_COUNT_LINES) {
        const page = await read(cursor);
        items.push(...page.items);
        cursor = page.nextCursor;
      }
      return { store: first.store, items };
    },
    // A count starts from stock as it is now, not as it was a minute ago.
    staleTime: 0,
    meta: { errorsShownInline: true },
  });
}

export interface TransferFilters {
  direction: 'incoming' | 'outgoing' | 'both';
  status: 'in_transit' | 'received' | null;
  /** Null is the signed-in person's own store. */
  storeId: number | null;
}

export function useTransfers(filters: TransferFilters) {
  return useInfiniteQuery({
    queryKey: [...STOCK_KEY, 'transfers', filters],
    queryFn: ({ pageParam }) =>
      invoke('transfers.list', {
        direction: filters.direction,
        limit: TRANSFER_PAGE_SIZE,
        ...(filters.status === null ? {} : { status: filters.status }),
        ...(filters.storeId === null ? {} : { storeId: filters.storeId }),
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    meta: { errorsShownInline: true },
  });
}

export function useTransfer(id: number) {
  return useQuery({
    queryKey: [...STOCK_KEY, 'transfer', id],
    queryFn: () => invoke('transfers.get', { id }),
    meta: { errorsShownInline: true },
  });
}

/** Every store of the chain, for choosing where to send a transfer. */
export function useChainStores() {
  return useQuery({
    queryKey: [...STOCK_KEY, 'stores', 'chain'],
    queryFn: async (): Promise<StoreRef[]> =>
      (await invoke('stores.list', { scope: 'chain' })).map((store) => ({ id: store.id, name: store.name })),
    staleTime: 10 * 60_000,
  });
}

/** The stores the person works in (an admin: every store), for store pickers. */
export function useStores() {
  return useQuery({
    queryKey: [...STOCK_KEY, 'stores'],
    queryFn: async (): Promise<StoreRef[]> =>
      (await invoke('stores.list', {})).map((store) => ({ id: store.id, name: store.name })),
    staleTime: 10 * 60_000,
  });
}
