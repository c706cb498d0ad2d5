import type Database from 'better-sqlite3';
import type { AttributeSchema } from '../../../shared/attributes';
import type { CategoryNode } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { categoryChain, pathOf } from './category-chain';
import { prepared } from '../../../database/prepared';

interface RawCategory {
  id: number;
  parent_id: number | null;
  name: string;
  attribute_schema: string;
}

export function requireCategoryRow(sql: Database.Database, id: number): RawCategory {
  const row = prepared(
    sql,
    'SELECT "id", "parent_id", "name", "attribute_schema" FROM "categories" WHERE "id" = ?',
  ).get(id) as RawCategory | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', 'That category does not exist; it may have been merged.', { categoryId: id });
  return row;
}

/** One category as categories.list shows it. */
export function loadCategoryNode(sql: Database.Database, id: number): CategoryNode {
  const row = requireCategoryRow(sql, id);
  const { count } = prepared(
    sql,
    'SELECT COUNT(*) AS "count" FROM "products" WHERE "category_id" = ? AND "archived_at" IS NULL',
  ).get(id) as { count: number };
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    path: pathOf(categoryChain(sql, id)),
    productCount: count,
    attributes: JSON.parse(row.attribute_schema) as AttributeSchema,
  };
}

/** Sibling names are unique regardless of case (an index enforces it); this names the clash for a person. */
export function requireFreeSiblingName(
  sql: Database.Database,
  parentId: number | null,
  name: string,
  exceptId: number | null,
): void {
  const clash = prepared(
    sql,
    'SELECT "id" FROM "categories" WHERE IFNULL("parent_id", 0) = IFNULL(?, 0) AND "name" = ? AND "id" IS NOT ?',
  ).get(parentId, name, exceptId);
  if (clash) {
    throw new AppError('CONFLICT', `There is already a category called "${name}" there.`, { field: 'name' });
  }
}
