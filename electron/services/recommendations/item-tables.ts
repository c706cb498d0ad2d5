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
  const pairs = prepared(
    sql,
    `SELECT p."other_id" AS "productId", p."weight" AS "pair", o."weight" AS "other",
            (SELECT "weight" FROM "recommendation_products" WHERE "product_id" = p."product_id") AS "own"
     FROM "recommendation_pairs" p JOIN "recommendation_products" o ON o."product_id" = p."other_id"
     WHERE p."product_id" = ?`,
  );
  return {
    neighbours(productId) {
      let found = cache.get(productId);
      if (!found) {
        const rows = pairs.all(productId) as { productId: number; pair: number; other: number; own: number }[];
        found = rows
          .map((row) => ({ productId: row.productId, similarity: similarity(row.pair, row.own, row.other) }))
          .sort((a, b) => b.similarity - a.similarity || a.productId - b.productId)
          .slice(0, NEIGHBOURS_PER_PRODUCT);
        cache.set(productId, found);
      }
      return found;
    },
    popular(limit) {
      return prepared(sql, 'SELECT "product_id" FROM "recommendation_products" ORDER BY "weight" DESC LIMIT ?')
        .pluck()
        .all(limit) as number[];
    },
  };
}
