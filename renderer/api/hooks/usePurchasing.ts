import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, PurchaseOrderDetail } from '../../../shared/contract';
import type { PurchaseOrderStatus } from '../../../shared/purchase-order-status';
import { invoke } from '../client';
import { invalidateInventory } from './inventory-cache';

const PURCHASING_KEY = ['purchasing'] as const;
const LOW_STOCK_PAGE_SIZE = 100;
const ORDER_PAGE_SIZE = 50;

export function useLowStock(storeId: number) {
  return useInfiniteQuery({
    queryKey: [...PURCHASING_KEY, 'lowStock', storeId],
    queryFn: ({ pageParam }) =>
      invoke('lowStock.list', {
        storeId,
        limit: LOW_STOCK_PAGE_SIZE,
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    meta: { errorsShownInline: true },
  });
}

/** Suggestions for the caller's own store: drafts are always created there. */
export function useReorderSuggestions() {
  return useQuery({
    queryKey: [...PURCHASING_KEY, 'suggestions'],
    queryFn: () => invoke('purchasing.suggestReorders', {}),
    staleTime: 0,
    meta: { errorsShownInline: true },
  });
}

export interface PurchaseOrderFilters {
  status: PurchaseOrderStatus | null;
  supplierId: number | null;
  /** Null for the person's own store. */
  storeId: number | null;
}

export function usePurchaseOrders(filters: PurchaseOrderFilters) {
  return useInfiniteQuery({
    queryKey: [...PURCHASING_KEY, 'orders', filters],
    queryFn: ({ pageParam }) =>
      invoke('purchaseOrders.list', {
        limit: ORDER_PAGE_SIZE,
        ...purchaseOrderListFilters(filters),
        ...(pageParam === null ? {} : { cursor: pageParam }),
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    meta: { errorsShownInline: true },
  });
}

/** The filters as purchaseOrders.list takes them, without paging: also what an export of the list is given. */
export function purchaseOrderListFilters(filters: PurchaseOrderFilters) {
  return {
    ...(filters.status === null ? {} : { status: filters.status }),
    ...(filters.supplierId === null ? {} : { supplierId: filters.supplierId }),
    ...(filters.storeId === null ? {} : { storeId: filters.storeId }),
  };
}

function purchaseOrderKey(id: number) {
  return [...PURCHASING_KEY, 'order', id] as const;
}

export function usePurchaseOrder(id: number) {
  return useQuery({
    queryKey: purchaseOrderKey(id),
    queryFn: () => invoke('purchaseOrders.get', { id }),
    meta: { errorsShownInline: true },
  });
}

/** Writes answer with the order as it now is; it goes into the cache before the lists refresh. */
function useOrderWrite<I>(write: (input: I) => Promise<PurchaseOrderDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (order) => {
      queryClient.setQueryData(purchaseOrderKey(order.id), order);
      return invalidateInventory(queryClient);
    },
    meta: { errorsShownInline: true },
  });
}

export const useCreatePurchaseOrder = () =>
  useOrderWrite((input: ChannelInput<'purchaseOrders.create'>) => invoke('purchaseOrders.create', input));
export const useUpdatePurchaseOrder = () =>
  useOrderWrite((input: ChannelInput<'purchaseOrders.update'>) => invoke('purchaseOrders.update', input));
export const useSendPurchaseOrder = () =>
  useOrderWrite((input: ChannelInput<'purchaseOrders.send'>) => invoke('purchaseOrders.send', input));
export const useCancelPurchaseOrder = () =>
  useOrderWrite((input: ChannelInput<'purchaseOrders.cancel'>) => invoke('purchaseOrders.cancel', input));
export const useReceivePurchaseOrder = () =>
  useOrderWrite((input: ChannelInput<'purchaseOrders.receive'>) => invoke('purchaseOrders.receive', input));

export function useCreateDrafts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'purchasing.createDrafts'>) => invoke('purchasing.createDrafts', input),
    onSuccess: () => invalidateInventory(queryClient),
    meta: { errorsShownInline: true },
  });
}
