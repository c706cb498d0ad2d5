import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditListInput } from '../../../shared/contract/audit';
import { invoke } from '../client';

/** Rows per page of the audit trail; the next loads as the end of the table comes into view. */
const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = Omit<AuditListInput, 'cursor' | 'limit'>;

/** The audit trail, newest first, with the screen's filters. */
export function useAuditList(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) =>
      invoke('audit.list', { ...filters, limit: AUDIT_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    meta: { errorsShownInline: true },
  });
}

/** Walks the whole chain of hashes on a reader thread; asked for by a person, never in the background. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => invoke('audit.verify', {}) });
}
