import type Database from 'better-sqlite3';
import type { AttributeSchema } from '../../../shared/attributes';
import type { CategoryNode } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';

interface RawNode {
  id: number;
  parent_id: number | null;
  name: string;
  path: string;
  attribute_schema: string;
  product_count: number;
}

const TREE = `
  WITH RECURSIVE "tree"("id", "parent_id", "name", "path", "attribute_schema") AS (
    SELECT "id", "parent_id", "name", "name", "attribute_schema" FROM "categories" WHERE "parent_id" IS NULL
    UNION ALL
    SELECT c."id", c."parent_id", c."name", t."path" || ' / ' || c."name", c."attribute_schema"
    FROM "categories" c JOIN "tree" t ON c."parent_id" = t."id"
  )
  SELECT t."id", t."parent_id", t."name", t."path", t."attribute_schema",
         (SELECT COUNT(*) FROM "products" p WHERE p."category_id" = t."id" AND p."archived_at" IS NULL)
           AS "product_count"
  FROM "tree" t`;

/** The category tree flattened in path order, each node with its full path and direct product count. */
export function listCategories(sql: Database.Database): CategoryNode[] {
  return (prepared(sql, `${TREE} ORDER BY t."path" COLLATE NOCASE`).all() as RawNode[]).map(toCategoryNode);
}

function toCategoryNode(row: RawNode): CategoryNode {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    path: row.path,
    productCount: row.product_count,
    attributes: JSON.parse(row.attribute_schema) as AttributeSchema,
  };
}
