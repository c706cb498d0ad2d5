import type { AttributeSchema } from '../../../shared/attributes';
import { AppError } from '../../../shared/errors';
import { syncAttributeIndexes } from './attribute-indexes';
import type { CatalogWriter } from './catalog-writer';
import { isInSubtree } from './category-chain';
import { requireCategoryRow } from './category-node';
import { prepared } from '../../../database/prepared';

export interface MergeTotals {
  productsMoved: number;
  /** The source and any same-named subcategories merged along with it. */
  categoriesMerged: number;
}

/**
 * Folds one category into another: its products and subcategories move to the target, then the
 * source is deleted. A subcategory whose name the target already uses is merged into that one in
 * turn, since sibling names are unique. The target also takes over the attribute definitions it
 * lacks, so the moved products' attributes stay valid. All of it runs in the caller's transaction.
 */
export function mergeCategories(writer: CatalogWriter, input: { sourceId: number; targetId: number }): MergeTotals {
  const { sql } = writer;
  requireCategoryRow(sql, input.sourceId);
  requireCategoryRow(sql, input.targetId);
  if (isInSubtree(sql, input.sourceId, input.targetId)) {
    throw new AppError('VALIDATION', 'A category cannot be merged into itself or one of its own subcategories.', {
      field: 'targetId',
    });
  }
  const totals: MergeTotals = { productsMoved: 0, categoriesMerged: 0 };
  mergeInto(writer, input.sourceId, input.targetId, totals);
  syncAttributeIndexes(sql);
  return totals;
}

function mergeInto(writer: CatalogWriter, sourceId: number, targetId: number, totals: MergeTotals): void {
  const { sql } = writer;
  totals.productsMoved += prepared(
    sql,
    `UPDATE "products"
     SET "category_id" = @targetId, "version" = "version" + 1, "updated_at" = @now, "updated_by" = @staffId
     WHERE "category_id" = @sourceId`,
  ).run({ sourceId, targetId, now: writer.now, staffId: writer.staffId }).changes;

  const children = prepared(sql, 'SELECT "id", "name" FROM "categories" WHERE "parent_id" = ?').all(sourceId) as {
    id: number;
    name: string;
  }[];
  const twinOf = prepared(sql, 'SELECT "id" FROM "categories" WHERE "parent_id" = ? AND "name" = ?');
  const reparent = prepared(sql, 'UPDATE "categories" SET "parent_id" = ?, "updated_at" = ? WHERE "id" = ?');
  for (const child of children) {
    const twin = twinOf.get(targetId, child.name) as { id: number } | undefined;
    if (twin) mergeInto(writer, child.id, twin.id, totals);
    else reparent.run(targetId, writer.now, child.id);
  }

  adoptAttributeDefinitions(writer, sourceId, targetId);
  prepared(sql, 'DELETE FROM "categories" WHERE "id" = ?').run(sourceId);
  totals.categoriesMerged += 1;
}

/** The target keeps its own definitions and gains the source's other keys. */
function adoptAttributeDefinitions(writer: CatalogWriter, sourceId: number, targetId: number): void {
  const source = JSON.parse(requireCategoryRow(writer.sql, sourceId).attribute_schema) as AttributeSchema;
  const target = JSON.parse(requireCategoryRow(writer.sql, targetId).attribute_schema) as AttributeSchema;
  const known = new Set(target.map((definition) => definition.key));
  const adopted = source.filter((definition) => !known.has(definition.key));
  if (adopted.length === 0) return;
  prepared(writer.sql, 'UPDATE "categories" SET "attribute_schema" = ?, "updated_at" = ? WHERE "id" = ?').run(
    JSON.stringify([...target, ...adopted]),
    writer.now,
    targetId,
  );
}
