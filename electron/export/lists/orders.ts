import type { EndOfDay } from '../../../shared/contract/orders';
import { handlers } from '../../handlers';
import type { ListExport } from './list-export';
import { pagedList } from './list-export';

/** Orders as the orders screen lists them, newest first. */
export const ordersExport = pagedList('orders.list', [
  { header: 'Order number', type: 'integer', value: (row) => row.orderNumber },
  { header: 'Placed at (UTC)', type: 'datetime', value: (row) => row.placedAt },
  { header: 'Status', type: 'text', value: (row) => row.status },
  { header: 'Channel', type: 'text', value: (row) => row.channel },
  { header: 'Customer', type: 'text', value: (row) => row.customer?.name ?? null },
  { header: 'Staff', type: 'text', value: (row) => row.staff.name },
  { header: 'Lines', type: 'integer', value: (row) => row.lineCount },
  { header: 'Total', type: 'money', value: (row) => row.totalCents },
]);

/** One figure of the day's report: what it counts and/or the money it adds up to. */
interface DayFigure {
  date: string;
  store: string;
  section: string;
  item: string;
  count: number | null;
  amountCents: number | null;
}

/** The end-of-day report as rows of figures, section by section as the report reads. */
export function endOfDayFigures(day: EndOfDay): DayFigure[] {
  const figure = (section: string, item: string, count: number | null, amountCents: number | null): DayFigure => ({
    date: day.date,
    store: day.store.name,
    section,
    item,
    count,
    amountCents,
  });
  return [
    figure('Sales', 'Orders', day.sales.count, null),
    figure('Sales', 'Sales before tax', null, day.sales.netCents),
    figure('Sales', 'Discounts given', null, day.sales.discountCents),
    figure('Sales', 'Tax', null, day.sales.taxCents),
    ...day.taxBreakdown.flatMap((band) => [
      figure('Tax', `Net at ${band.rateBp / 100}%`, null, band.netCents),
      figure('Tax', `Tax at ${band.rateBp / 100}%`, null, band.taxCents),
    ]),
    figure('Pending', 'Orders waiting for payment, with tax', day.pending.count, day.pending.totalCents),
    figure('Cancelled', 'Orders cancelled', day.cancelled.count, null),
    figure('Returns', 'Returns before tax', day.returns.count, day.returns.netCents),
    figure('Returns', 'Tax refunded', null, day.returns.taxRefundedCents),
    figure('Returns', 'Refunds with tax', null, day.returns.refundCents),
    figure('Net', 'Sales before tax', null, day.net.salesCents),
    figure('Net', 'Tax', null, day.net.taxCents),
    figure('Net', 'Sales with tax', null, day.net.totalCents),
    ...day.payments.flatMap((method) => [
      figure('Payments', `${method.method}: payments`, null, method.paymentsCents),
      figure('Payments', `${method.method}: refunds`, null, method.refundsCents),
      figure('Payments', `${method.method}: net`, null, method.netCents),
    ]),
    figure('Cash', 'Tendered', null, day.cash.tenderedCents),
    figure('Cash', 'Change given', null, day.cash.changeCents),
    figure('Cash', 'Cash refunds', null, day.cash.refundsCents),
    figure('Cash', 'Expected in drawer', null, day.cash.expectedCents),
  ];
}

/** One store's day, read by the report's own handler. */
export const endOfDayExport: ListExport<DayFigure> = {
  columns: [
    { header: 'Date', type: 'date', value: (row) => row.date },
    { header: 'Store', type: 'text', value: (row) => row.store },
    { header: 'Section', type: 'text', value: (row) => row.section },
    { header: 'Item', type: 'text', value: (row) => row.item },
    { header: 'Count', type: 'integer', value: (row) => row.count },
    { header: 'Amount', type: 'money', value: (row) => row.amountCents },
  ],
  async *pages(filters, ctx) {
    yield endOfDayFigures(await handlers['orders.endOfDay'](filters as { storeId?: number; date?: string }, ctx));
  },
  storeOf: (filters) => (typeof filters.storeId === 'number' ? filters.storeId : undefined),
};
