import type Database from 'better-sqlite3';
import { mergeInheritedSchemas, type AttributeSchema } from '../../../shared/attributes';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

interface ChainRow {
  id: number;
  name: string;
  attribute_schema: string;
}

/** Deeper than any real catalog; stops a damaged tree (a cycle written outside Backroom) from looping forever. */
const MAX_DEPTH = 64;

/** A category and its ancestors, root first; empty when the category does not exist. */
export function categoryChain(sql: Database.Database, categoryId: number): ChainRow[] {
  return prepared(
    sql,
    `WITH RECURSIVE "chain"("id", "parent_id", "name", "attribute_schema", "depth") AS (
       SELECT "id", "parent_id", "name", "attribute_schema", 0 FROM "categories" WHERE "id" = ?
       UNION ALL
       SELECT c."id", c."parent_id", c."name", c."attribute_schema", h."depth" + 1
       FROM "categories" c JOIN "chain" h ON c."id" = h."parent_id" WHERE h."depth" < ${MAX_DEPTH}
     )
     SELECT "id", "name", "attribute_schema" FROM "chain" ORDER BY "depth" DESC`,
  ).all(categoryId) as ChainRow[];
}

export function pathOf(chain: readonly ChainRow[]): string {
  return chain.map((row) => row.name).join(' / ');
}

/** The attributes a product in this category may carry: its own and its ancestors', nearest first to win. */
export function schemaOf(chain: readonly ChainRow[]): AttributeSchema {
  return mergeInheritedSchemas(chain.map((row) => JSON.parse(row.attribute_schema) as AttributeSchema));
}

export function effectiveAttributeSchema(sql: Database.Database, categoryId: number | null): AttributeSchema {
  return categoryId === null ? [] : schemaOf(categoryChain(sql, categoryId));
}

/** Whether `candidateId` is `rootId` or lies anywhere below it. */
export function isInSubtree(sql: Database.Database, rootId: number, candidateId: number): boolean {
  return categoryChain(sql, candidateId).some((row) => row.id === rootId);
}

export function requireCategory(sql: Database.Database, categoryId: number, field = 'categoryId'): void {
  if (!prepared(sql, 'SELECT 1 FROM "categories" WHERE "id" = ?').get(categoryId)) {
    throw new AppError('NOT_FOUND', 'That category does not exist; it may have been merged or renamed.', { field });
  }
}
