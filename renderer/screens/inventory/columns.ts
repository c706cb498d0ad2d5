import type { ProductListSort, ProductSort } from '../../../shared/contract';

export interface ProductColumn {
  label: string;
  /** The sort key the column header switches to; columns without one do not sort. */
  sort?: ProductSort;
  numeric?: boolean;
}

/** In display order; widths live in ProductTable.module.css (`--product-columns`), one entry per column. */
export const PRODUCT_COLUMNS: ProductColumn[] = [
  { label: 'Name', sort: 'name' },
  { label: 'SKU', sort: 'sku' },
  { label: 'Category' },
  { label: 'Price', sort: 'price', numeric: true },
  { label: 'On hand', sort: 'onHand', numeric: true },
  { label: 'Updated', sort: 'updated', numeric: true },
];

export interface Sorting {
  /** A column's order, or best search match first ('relevance', which no column shows as active). */
  sort: ProductListSort;
  direction: 'asc' | 'desc';
}

/** A new column starts in its most useful direction (newest first for dates); the same column flips. */
export function nextSorting(current: Sorting, column: ProductSort): Sorting {
  if (current.sort === column) return { sort: column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: column, direction: column === 'updated' ? 'desc' : 'asc' };
}
