import { AppError } from '../../../shared/errors';
import type { CatalogWriter } from './catalog-writer';
import { isInSubtree, requireCategory } from './category-chain';
import { requireCategoryRow, requireFreeSiblingName } from './category-node';
import { prepared } from '../../../database/prepared';

/**
 * Puts a category (with everything under it) under another parent, or at the top with null. A
 * category cannot move under itself or its own descendants: the tree would become a loop.
 * Returns the old parent.
 */
export function moveCategory(writer: CatalogWriter, input: { id: number; parentId: number | null }): number | null {
  const { sql } = writer;
  const current = requireCategoryRow(sql, input.id);
  if (input.parentId !== null) {
    requireCategory(sql, input.parentId, 'parentId');
    if (isInSubtree(sql, input.id, input.parentId)) {
      throw new AppError('VALIDATION', 'A category cannot move under itself or one of its own subcategories.', {
        field: 'parentId',
      });
    }
  }
  requireFreeSiblingName(sql, input.parentId, current.name, input.id);
  prepared(sql, 'UPDATE "categories" SET "parent_id" = ?, "updated_at" = ? WHERE "id" = ?').run(
    input.parentId,
    writer.now,
    input.id,
  );
  return current.parent_id;
}
