import type { ProductListSort } from '../../../shared/contract';
import { hasSearchWords } from '../../../shared/search-words';
import { countOf } from '../../components/inventory/units';

/**
 * The line above the product list: how many products are loaded and, when it is not a column's,
 * their order. A search of symbols alone filters nothing, and says so rather than claim a ranking;
 * so does a search with too many matches to rank, which the host lists by name (`shown`).
 */
export function productCountText(
  loaded: number,
  more: boolean,
  sort: { asked: ProductListSort; shown: ProductListSort },
  search: string,
): string {
  if (loaded === 0) return '';
  const count = `${countOf(loaded, 'product')}${more ? ' loaded · scroll for more' : ''}`;
  if (search !== '' && !hasSearchWords(search)) return `${count} · the search has no letters or digits to look for`;
  if (sort.shown === 'relevance') return `${count} · best match first`;
  if (sort.asked === 'relevance') return `${count} · by name: too many matches to rank, type more to narrow them`;
  return count;
}
