import { SEGMENT_LABELS } from '../../../shared/contract/customers';
import { topCustomers } from '../../services/customers/top-customers';
import type { ExportColumn, ListExport } from './list-export';
import { pagedList } from './list-export';

interface Contact {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  marketingConsent: boolean;
}

function contactColumns<R extends Contact>(): ExportColumn<R>[] {
  return [
    { header: 'First name', type: 'text', value: (row) => row.firstName },
    { header: 'Last name', type: 'text', value: (row) => row.lastName },
    { header: 'Email', type: 'text', value: (row) => row.email },
    { header: 'Phone', type: 'text', value: (row) => row.phone },
    { header: 'Marketing consent', type: 'boolean', value: (row) => row.marketingConsent },
  ];
}

/** Customers with their RFM scores as of the last recompute (empty for those it did not score). */
export const customersExport = pagedList('customers.list', [
  ...contactColumns(),
  { header: 'Archived', type: 'boolean', value: (row) => row.archived },
  { header: 'Segment', type: 'text', value: (row) => (row.rfm ? SEGMENT_LABELS[row.rfm.segment] : null) },
  { header: 'Days since last purchase', type: 'integer', value: (row) => row.rfm?.recencyDays ?? null },
  { header: 'Orders in window', type: 'integer', value: (row) => row.rfm?.frequency ?? null },
  { header: 'Spend in window', type: 'money', value: (row) => row.rfm?.monetaryCents ?? null },
  { header: 'Scored at (UTC)', type: 'datetime', value: (row) => row.rfm?.computedAt ?? null },
]);

/** Customers who bought before but not in the last `days` days, most recently lapsed first. */
export const lapsedCustomersExport = pagedList('customers.lapsed', [
  ...contactColumns(),
  { header: 'Last purchase at (UTC)', type: 'datetime', value: (row) => row.lastPurchaseAt },
  { header: 'Last order ID', type: 'integer', value: (row) => row.lastOrderId },
]);

type Ranked = ReturnType<typeof topCustomers>['items'][number] & { rank: number };

/**
 * The whole ranking the top customers screen shows the head of: every active customer with spend
 * (or interactions), best first. The screen's `limit` is how much of it fits; an export has no limit.
 */
export const topCustomersExport: ListExport<Ranked> = {
  columns: [
    { header: 'Rank', type: 'integer', value: (row) => row.rank },
    ...contactColumns<Ranked>(),
    { header: 'Lifetime spend', type: 'money', value: (row) => row.spendCents },
    { header: 'Orders', type: 'integer', value: (row) => row.orderCount },
    { header: 'Interactions', type: 'integer', value: (row) => row.interactionCount },
  ],
  async *pages(filters, ctx) {
    const everyone = ctx.sql.prepare('SELECT COUNT(*) FROM "customers"').pluck().get() as number;
    const { items } = topCustomers(ctx.sql, {
      by: filters.by as 'spend' | 'interactions',
      limit: Math.max(1, everyone),
    });
    for (let start = 0; start < items.length; start += 1000)
      yield items.slice(start, start + 1000).map((item, index) => ({ ...item, rank: start + index + 1 }));
  },
};
