import type { Dashboard } from '../../../../shared/contract/analytics';

export const NO_SALES = 'No sales in this range. Widen the range or remove a filter.';

/** Said on charts of whole orders and payments, which a category or brand cannot split. */
export function wholeOrdersNote(dashboard: Dashboard): string | undefined {
  const { categoryId, brandId } = dashboard.filter;
  return categoryId === undefined && brandId === undefined
    ? undefined
    : 'Whole orders of the range and stores: category and brand do not narrow this chart.';
}
