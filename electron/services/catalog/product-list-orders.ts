import type { ProductListSort } from '../../../shared/contract';

/**
 * How the product list walks each order: the sort key with the id that breaks ties (each pair
 * has an index), and the FROM clause that puts the table owning that index in the outer loop.
 * CROSS JOIN is how SQLite is told to keep the left table outside: left to itself, the planner
 * starts from the store's stock rows and sorts all 50,000 products for every page, where walking
 * the index in order stops after one page.
 */
export interface ListOrder {
  key: string;
  id: string;
  /** The output column the cursor takes its value from. */
  field: 'name' | 'sku' | 'price_cents' | 'updated_at' | 'on_hand' | 'rank';
  /** Relevance reads the ranked matches of the search at hand. */
  from: string | ((rankedMatches: string) => string);
  /** Always ascending (best match first), whatever direction was asked. */
  fixedDirection?: true;
}

const PRODUCTS_FIRST = `"products" p CROSS JOIN "stock_levels" sl ON sl."product_id" = p."id"`;
const STOCK_FIRST = `"stock_levels" sl CROSS JOIN "products" p ON p."id" = sl."product_id"`;

/**
 * Search matches with their rank, best first (built by planSearch). The matches' subquery ends in
 * `LIMIT -1` (no limit), which keeps SQLite from flattening it into the join, so its order carries
 * to the outer query and the joins stop after one page instead of sorting every match.
 */
const matchesFirst = (rankedMatches: string) => `${rankedMatches}
  CROSS JOIN "products" p ON p."id" = r."id"
  CROSS JOIN "stock_levels" sl ON sl."product_id" = p."id"`;

export const LIST_ORDERS: Record<ProductListSort, ListOrder> = {
  name: { key: 'p."name"', id: 'p."id"', field: 'name', from: PRODUCTS_FIRST },
  sku: { key: 'p."sku"', id: 'p."id"', field: 'sku', from: PRODUCTS_FIRST },
  price: { key: 'p."price_cents"', id: 'p."id"', field: 'price_cents', from: PRODUCTS_FIRST },
  updated: { key: 'p."updated_at"', id: 'p."id"', field: 'updated_at', from: PRODUCTS_FIRST },
  onHand: { key: 'sl."on_hand"', id: 'sl."product_id"', field: 'on_hand', from: STOCK_FIRST },
  relevance: { key: 'r."rank"', id: 'r."id"', field: 'rank', from: matchesFirst, fixedDirection: true },
};
