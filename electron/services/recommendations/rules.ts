import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import type { SuggestionRules } from './ranking-types';

/**
 * The manager's rules as every ranker applies them. A product is never suggested when it is
 * excluded, when its category or any category above it is excluded, or when it is archived.
 * Checked per candidate (a handful per request) rather than by listing every excluded product.
 */
export function loadRules(sql: Database.Database): SuggestionRules {
  const excludedCategories = new Set(
    prepared(
      sql,
      `WITH RECURSIVE "excluded"("id") AS (
         SELECT "category_id" FROM "recommendation_exclusions" WHERE "category_id" IS NOT NULL
         UNION SELECT c."id" FROM "categories" c JOIN "excluded" e ON c."parent_id" = e."id")
       SELECT "id" FROM "excluded"`,
    )
      .pluck()
      .all() as number[],
  );
  const excludedProducts = new Set(
    prepared(sql, 'SELECT "product_id" FROM "recommendation_exclusions" WHERE "product_id" IS NOT NULL')
      .pluck()
      .all() as number[],
  );
  const product = prepared(
    sql,
    'SELECT "category_id" AS "categoryId", "archived_at" AS "archivedAt" FROM "products" WHERE "id" = ?',
  );
  const pins = prepared(sql, 'SELECT "product_id" FROM "recommendation_pins" ORDER BY "created_at", "product_id"')
    .pluck()
    .all() as number[];
  return {
    pins,
    allows(productId) {
      if (excludedProducts.has(productId)) return false;
      const row = product.get(productId) as { categoryId: number | null; archivedAt: string | null } | undefined;
      if (!row || row.archivedAt !== null) return false;
      return row.categoryId === null || !excludedCategories.has(row.categoryId);
    },
  };
}
