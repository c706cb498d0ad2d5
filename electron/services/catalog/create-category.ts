import { newUid } from '../../../database/ids';
import type { CatalogWriter } from './catalog-writer';
import { requireCategory } from './category-chain';
import { requireFreeSiblingName } from './category-node';
import { prepared } from '../../../database/prepared';

export function createCategory(writer: CatalogWriter, input: { name: string; parentId?: number | null }): number {
  const parentId = input.parentId ?? null;
  if (parentId !== null) requireCategory(writer.sql, parentId, 'parentId');
  requireFreeSiblingName(writer.sql, parentId, input.name, null);
  const result = prepared(
    writer.sql,
    `INSERT INTO "categories" ("uid", "parent_id", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?)`,
  ).run(newUid(Date.parse(writer.now)), parentId, input.name, writer.now, writer.now);
  return Number(result.lastInsertRowid);
}
