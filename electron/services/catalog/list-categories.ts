import type { EntityManager } from 'typeorm';
import type { CategoryNode } from '../../../shared/contract';

/** The category tree flattened in path order, each node with its full path and direct product count. */
export async function listCategories(manager: EntityManager): Promise<CategoryNode[]> {
  const rows = (await manager.query(`
    WITH RECURSIVE "tree"("id", "parent_id", "name", "path") AS (
      SELECT "id", "parent_id", "name", "name" FROM "categories" WHERE "parent_id" IS NULL
      UNION ALL
      SELECT c."id", c."parent_id", c."name", t."path" || ' / ' || c."name"
      FROM "categories" c JOIN "tree" t ON c."parent_id" = t."id"
    )
    SELECT t."id", t."parent_id", t."name", t."path",
           (SELECT COUNT(*) FROM "products" p WHERE p."category_id" = t."id" AND p."archived_at" IS NULL) AS "product_count"
    FROM "tree" t ORDER BY t."path" COLLATE NOCASE`)) as {
    id: number;
    parent_id: number | null;
    name: string;
    path: string;
    product_count: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    path: row.path,
    productCount: row.product_count,
  }));
}
