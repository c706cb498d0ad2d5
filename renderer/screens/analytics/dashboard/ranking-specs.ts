import type { Dashboard, TradeFigures } from '../../../../shared/contract/analytics';
import type { ChartSpec, DataTable } from './chart-spec';
import type { Picks } from './picks';
import { NO_SALES, wholeOrdersNote } from './spec-words';

/** More bars than this would be too thin to read or click; the table keeps every row. */
export const MOST_BARS = 12;

type Named = TradeFigures & { name: string };

/** Largest first; the chart draws the first MOST_BARS of these, the table all of them. */
export function largestFirst<T>(rows: readonly T[], size: (row: T) => number): T[] {
  return [...rows].sort((a, b) => size(b) - size(a));
}

function drawnNote(total: number): string | undefined {
  return total > MOST_BARS ? `The ${MOST_BARS} largest of ${total} are drawn; the table lists them all.` : undefined;
}

function tradeTable(first: string, rows: Named[]): DataTable {
  return {
    columns: [
      { label: first, kind: 'text' },
      { label: 'Orders', kind: 'count' },
      { label: 'Units', kind: 'count' },
      { label: 'Net revenue', kind: 'cents' },
      { label: 'Gross margin', kind: 'cents' },
    ],
    rows: rows.map((row) => [row.name, row.orders, row.units, row.netRevenueCents, row.grossMarginCents]),
  };
}

/** Net revenue of each row as a horizontal bar, largest first. */
function netRevenueBars(id: string, title: string, first: string, rows: Named[], pick?: ChartSpec['pick']): ChartSpec {
  const drawn = rows.slice(0, MOST_BARS);
  return {
    id,
    title,
    kind: 'hbar',
    unit: 'cents',
    labels: drawn.map((row) => row.name),
    series: [{ label: 'Net revenue', values: drawn.map((row) => row.netRevenueCents) }],
    table: tradeTable(first, rows),
    pick,
    note: drawnNote(rows.length),
    emptyText: NO_SALES,
  };
}

export function byStoreSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = largestFirst(dashboard.byStore, (row) => row.netRevenueCents);
  return netRevenueBars('revenue-by-store', 'Revenue by store', 'Store', rows, {
    describe: (index) => `Filter by store ${rows[index]!.name}`,
    run: (index) => picks.store(rows[index]!.storeId),
  });
}

export function byCategorySpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = largestFirst(dashboard.byCategory, (row) => row.netRevenueCents);
  return netRevenueBars('revenue-by-category', 'Revenue by category', 'Category', rows, {
    describe: (index) => `Filter by category ${rows[index]!.name}`,
    run: (index) => picks.category(rows[index]!.categoryId!),
    allows: (index) => rows[index]!.categoryId !== null,
  });
}

export function byBrandSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = largestFirst(dashboard.byBrand, (row) => row.netRevenueCents);
  return netRevenueBars('revenue-by-brand', 'Revenue by brand', 'Brand', rows, {
    describe: (index) => `Filter by brand ${rows[index]!.name}`,
    run: (index) => picks.brand(rows[index]!.brandId!),
    allows: (index) => rows[index]!.brandId !== null,
  });
}

export function topBrandsSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = dashboard.topBrands;
  return netRevenueBars('top-brands', 'Top brands', 'Brand', rows, {
    describe: (index) => `Filter by brand ${rows[index]!.name}`,
    run: (index) => picks.brand(rows[index]!.brandId),
  });
}

export function topProductsSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = dashboard.topProducts;
  return {
    id: 'top-products',
    title: 'Top products',
    kind: 'hbar',
    unit: 'cents',
    labels: rows.map((row) => row.name),
    series: [{ label: 'Net revenue', values: rows.map((row) => row.netRevenueCents) }],
    table: {
      columns: [
        { label: 'Product', kind: 'text' },
        { label: 'SKU', kind: 'text' },
        { label: 'Units', kind: 'count' },
        { label: 'Net revenue', kind: 'cents' },
        { label: 'Gross margin', kind: 'cents' },
      ],
      rows: rows.map((row) => [row.name, row.sku, row.units, row.netRevenueCents, row.grossMarginCents]),
    },
    pick: {
      describe: (index) => `Open product ${rows[index]!.name}`,
      run: (index) => picks.product(rows[index]!.productId),
    },
    emptyText: NO_SALES,
  };
}

export function topCustomersSpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = dashboard.topCustomers;
  return {
    id: 'top-customers',
    title: 'Top customers',
    kind: 'hbar',
    unit: 'cents',
    labels: rows.map((row) => row.name),
    series: [{ label: 'Spend', values: rows.map((row) => row.spendCents) }],
    table: {
      columns: [
        { label: 'Customer', kind: 'text' },
        { label: 'Orders', kind: 'count' },
        { label: 'Spend', kind: 'cents' },
      ],
      rows: rows.map((row) => [row.name, row.orders, row.spendCents]),
    },
    pick: {
      describe: (index) => `Open customer ${rows[index]!.name}`,
      run: (index) => picks.customer(rows[index]!.customerId),
    },
    note: wholeOrdersNote(dashboard),
    emptyText: 'No named customers bought in this range; walk-in sales are not ranked.',
  };
}

export function stockByCategorySpec(dashboard: Dashboard, picks: Picks): ChartSpec {
  const rows = largestFirst(dashboard.stockByCategory, (row) => row.valueCents);
  const drawn = rows.slice(0, MOST_BARS);
  return {
    id: 'stock-value-by-category',
    title: 'Stock value by category',
    kind: 'hbar',
    unit: 'cents',
    labels: drawn.map((row) => row.name),
    series: [{ label: 'Value at cost', values: drawn.map((row) => row.valueCents) }],
    note: drawnNote(rows.length),
    table: {
      columns: [
        { label: 'Category', kind: 'text' },
        { label: 'Units', kind: 'count' },
        { label: 'Value at cost', kind: 'cents' },
      ],
      rows: rows.map((row) => [row.name, row.units, row.valueCents]),
    },
    pick: {
      describe: (index) => `Filter by category ${rows[index]!.name}`,
      run: (index) => picks.category(rows[index]!.categoryId!),
      allows: (index) => rows[index]!.categoryId !== null,
    },
    emptyText: 'No stock on hand in these stores for this filter.',
  };
}
