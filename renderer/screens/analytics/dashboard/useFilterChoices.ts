import { useBrands, useCategories } from '../../../api/hooks/useCatalog';
import { useChainStores } from '../../../api/hooks/useStock';

/**
 * The stores, categories and brands a dashboard filter can name, as the filters bar and its chips
 * show them. Every store of the chain: the dashboard reads them all for a manager (its by-store
 * chart ranks the whole chain), so a manager can pick any of them to compare, and a store picked
 * from a chart is named, whatever stores the manager works in.
 */
export function useFilterChoices() {
  return { stores: useChainStores(), categories: useCategories(), brands: useBrands() };
}
