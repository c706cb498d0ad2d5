import type { CatalogWriter } from './catalog-writer';
import { requireCategoryRow, requireFreeSiblingName } from './category-node';
import { prepared } from '../../../database/prepared';

/** Renames a category; a trigger carries the new name into the product search index. Returns the old name. */
export function renameCategory(writer: CatalogWriter, input: { id: number; name: string }): string {
  const current = requireCategoryRow(writer.sql, input.id);
  requireFreeSiblingName(writer.sql, current.parent_id, input.name, input.id);
  prepared(writer.sql, 'UPDATE "categories" SET "name" = ?, "updated_at" = ? WHERE "id" = ?').run(
    input.name,
    writer.now,
    input.id,
  );
  return current.name;
}
