import { roundedNetCents } from '../sales/sale-sql';

/**
 * Trade figures in cents, each rounded once from exact sums (docs/sales.md rule 7):
 * - sales: net revenue (before tax) of the sales placed in the period;
 * - returns: what returns taken in the period refunded before tax;
 * - net revenue: sales less returns; discount: what the sales' lines were discounted by;
 * - cost: units sold less units returned, at each line's cost when sold; gross margin: net
 *   revenue less cost;
 * - orders, returns count and refunds (tax included) when the question is about whole stores,
 *   null when it narrows to products (an order is not split by category or brand).
 */
export interface TradeFigures {
  orders: number | null;
  units: number;
  salesCents: number;
  discountCents: number;
  returnsCents: number;
  netRevenueCents: number;
  costCents: number;
  grossMarginCents: number;
  returnCount: number | null;
  refundCents: number | null;
}

/**
 * The measures over rows with the columns of the rollup tables (units, gross_cents, net_exact,
 * cost_cents, returned_units, returned_net_exact, returned_cost_cents); raw answers name their
 * columns the same, so both are added up and rounded alike. The rows are named `x`.
 */
/** The columns every rollup row of lines carries, which LINE_MEASURES adds up. */
const LINE_MEASURE_COLUMNS = [
  'units',
  'gross_cents',
  'net_exact',
  'cost_cents',
  'returned_units',
  'returned_net_exact',
  'returned_cost_cents',
] as const;

/** Those columns as a select list, each read through `alias` when one is given. */
export function lineMeasureColumns(alias?: string): string {
  return LINE_MEASURE_COLUMNS.map((name) => (alias ? `${alias}."${name}"` : `"${name}"`)).join(', ');
}

export const LINE_MEASURES = `
  SUM(x."units") - SUM(x."returned_units") AS "units",
  ${roundedNetCents('SUM(x."net_exact")')} AS "salesCents",
  ${roundedNetCents('SUM(x."gross_cents") * 10000 - SUM(x."net_exact")')} AS "discountCents",
  ${roundedNetCents('SUM(x."returned_net_exact")')} AS "returnsCents",
  ${roundedNetCents('SUM(x."net_exact") - SUM(x."returned_net_exact")')} AS "netRevenueCents",
  SUM(x."cost_cents") - SUM(x."returned_cost_cents") AS "costCents"`;

/** With LINE_MEASURES, over rows that also carry sale_orders, returns and refund_cents. */
export const STORE_MEASURES = `${LINE_MEASURES},
  SUM(x."sale_orders") AS "orders", SUM(x."returns") AS "returnCount", SUM(x."refund_cents") AS "refundCents"`;

export interface MeasureRow {
  units: number;
  salesCents: number;
  discountCents: number;
  returnsCents: number;
  netRevenueCents: number;
  costCents: number;
  orders?: number;
  returnCount?: number;
  refundCents?: number;
}

export function tradeFigures(row: MeasureRow): TradeFigures {
  return {
    orders: row.orders ?? null,
    units: row.units,
    salesCents: row.salesCents,
    discountCents: row.discountCents,
    returnsCents: row.returnsCents,
    netRevenueCents: row.netRevenueCents,
    costCents: row.costCents,
    grossMarginCents: row.netRevenueCents - row.costCents,
    returnCount: row.returnCount ?? null,
    refundCents: row.refundCents ?? null,
  };
}

/**
 * The figures of a range's one row of sums: no rows at all give NULL sums, which is no trade;
 * counts of orders and returns are known only for whole stores.
 */
export function totalFigures(
  row: Partial<Record<keyof MeasureRow, number | null>> | undefined,
  wholeStores: boolean,
): TradeFigures {
  const sum = (key: keyof MeasureRow) => row?.[key] ?? 0;
  const count = (key: 'orders' | 'returnCount' | 'refundCents') => (wholeStores ? sum(key) : undefined);
  return tradeFigures({
    units: sum('units'),
    salesCents: sum('salesCents'),
    discountCents: sum('discountCents'),
    returnsCents: sum('returnsCents'),
    netRevenueCents: sum('netRevenueCents'),
    costCents: sum('costCents'),
    orders: count('orders'),
    returnCount: count('returnCount'),
    refundCents: count('refundCents'),
  });
}

/** Rounds an exact sum in ten-thousandths of a cent to cents as roundedNetCents does: half away from zero. */
export function roundExactCents(exact: number): number {
  const cents = Math.sign(exact) * Math.round(Math.abs(exact) / 10000);
  return cents === 0 ? 0 : cents;
}
