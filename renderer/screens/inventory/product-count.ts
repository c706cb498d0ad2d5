import type { ProductListSort } from '../../../shared/contract';
import { hasSearchWords } from '../../../shared/search-words';
import { countOf } from '../../components/inventory/units';

/**
 * The line above the product list: how many products are loaded and, when it is not a column's,
 * their order. A search of symbols alone filters nothing, and says so rather than claim a ranking.
 */
export function productCountText(loaded: number, more: boolean, sort: ProductListSort, search: string): string {
  if (loaded === 0) return '';
  const count = `${countOf(loaded, 'product')}${more ? ' loaded · scroll for more' : ''}`;
  if (search !== '' && !hasSearchWords(search)) return `${count} · the search has no letters or digits to look for`;
  return sort === 'relevance' ? `${count} · best match first` : count;
}
