import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { similarity } from './basket-pairs';
import { NEIGHBOURS_PER_PRODUCT, type Neighbour } from './cooccurrence';

/**
 * A product's neighbours by shared browsing sessions, scored by the same cosine as basket pairs
 * (shared sessions over the geometric mean of each product's sessions), read once per product
 * per request.
 */
export function interactionNeighbours(sql: Database.Database): (productId: number) => readonly Neighbour[] {
  const cache = new Map<number, Neighbour[]>();
  // For one product the cosine orders as pair² / other's weight: SQLite keeps the 50 best, no square root, no objects for the rest.
  const pairs = prepared(
    sql,
    `SELECT p."other_id", p."weight", o."weight"
     FROM "recommendation_interaction_pairs" p JOIN "recommendation_interaction_products" o ON o."product_id" = p."other_id"
     WHERE p."product_id" = ? ORDER BY p."weight" * p."weight" / o."weight" DESC, p."other_id" LIMIT ${NEIGHBOURS_PER_PRODUCT}`,
  ).raw();
  const weight = prepared(
    sql,
    'SELECT "weight" FROM "recommendation_interaction_products" WHERE "product_id" = ?',
  ).pluck();
  return (productId) => {
    let found = cache.get(productId);
    if (!found) {
      const own = (weight.get(productId) as number | undefined) ?? 0;
      const rows = own > 0 ? (pairs.all(productId) as [productId: number, pair: number, other: number][]) : [];
      found = rows.map(([otherId, pair, other]) => ({ productId: otherId, similarity: similarity(pair, own, other) }));
      cache.set(productId, found);
    }
    return found;
  };
}
