import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { similarity } from './basket-pairs';
import { NEIGHBOURS_PER_PRODUCT, type Neighbour } from './cooccurrence';
import type { ItemSource } from './ranking-types';

/**
 * The rankers' item source over the kept tables: a product's neighbours are its stored pairs
 * scored by similarity (so pairs the latest sales added compete with those of the last rebuild),
 * read once per product per request.
 */
export function databaseItemSource(sql: Database.Database): ItemSource {
  const cache = new Map<number, Neighbour[]>();
  // Rows as arrays, not objects: a customer's list reads 30 products' pairs, 1,500 rows on a large store.
  const pairs = prepared(
    sql,
    `SELECT p."other_id", p."weight", o."weight"
     FROM "recommendation_pairs" p JOIN "recommendation_products" o ON o."product_id" = p."other_id"
     WHERE p."product_id" = ?`,
  ).raw();
  const weight = prepared(sql, 'SELECT "weight" FROM "recommendation_products" WHERE "product_id" = ?').pluck();
  let popular: number[] = [];
  return {
    neighbours(productId) {
      let found = cache.get(productId);
      if (!found) {
        const own = (weight.get(productId) as number | undefined) ?? 0;
        const rows = pairs.all(productId) as [productId: number, pair: number, other: number][];
        found = rows
          .map(([otherId, pair, other]) => ({ productId: otherId, similarity: similarity(pair, own, other) }))
          .sort((a, b) => b.similarity - a.similarity || a.productId - b.productId)
          .slice(0, NEIGHBOURS_PER_PRODUCT);
        cache.set(productId, found);
      }
      return found;
    },
    popular(limit) {
      if (popular.length < limit) {
        popular = prepared(sql, 'SELECT "product_id" FROM "recommendation_products" ORDER BY "weight" DESC LIMIT ?')
          .pluck()
          .all(limit) as number[];
      }
      return popular.slice(0, limit);
    },
  };
}
