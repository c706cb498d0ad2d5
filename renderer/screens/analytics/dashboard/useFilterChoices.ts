import { useBrands, useCategories } from '../../../api/hooks/useCatalog';
import { useStores } from '../../../api/hooks/useStock';

/** The stores, categories and brands a dashboard filter can name, as the filters bar and its chips show them. */
export function useFilterChoices() {
  return { stores: useStores(), categories: useCategories(), brands: useBrands() };
}
