import type { OrderStatus } from './order-status';

/**
 * What a sale is, defined once for every figure (end of day, customer spend and segments, top
 * customers, sales velocity, reports). docs/sales.md explains it with examples.
 *
 * 1. An order becomes a sale when it is paid: status 'paid', 'fulfilled' or 'delivered'. A
 *    pending phone or online order is not a sale, nor spend, until it is paid.
 * 2. A sale belongs to the store-local day its order was placed (shared/local-day.ts).
 * 3. Returns net out on the day they are taken: a return gives back its refund, tax included,
 *    and the tax it gives back is reported apart from the tax sold.
 * 4. Cancelling a paid order refunds it as one return, so the order stays a sale of its day and
 *    the cancellation is a return of the cancellation day: the two net to zero. A cancelled
 *    order that was never paid was never a sale.
 * 5. A customer's purchases are their sales still standing (not cancelled); lifetime spend is
 *    their totals less every refund of their returns. Cancelled paid orders add nothing either
 *    way, since their refund equals their total.
 * 6. Units sold (sales velocity) are the units on the lines of sales placed in the window, less
 *    the units of those lines that came back.
 * 7. Net revenue of a line (before tax) is exact: quantity × unit price × (1 − rate) when its
 *    discount was given as a percentage (order_lines.discount_bp), else quantity × unit price −
 *    discount; a figure sums exact values and rounds to cents once, at the end.
 */
export const SALE_STATUSES = ['paid', 'fulfilled', 'delivered'] as const satisfies readonly OrderStatus[];
