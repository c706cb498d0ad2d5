import type { AttributeSchema } from '../../../shared/attributes';
import { syncAttributeIndexes } from './attribute-indexes';
import type { CatalogWriter } from './catalog-writer';
import { requireCategoryRow } from './category-node';
import { prepared } from '../../../database/prepared';

/**
 * Replaces the attributes a category declares, then brings the attribute indexes in line. Products
 * keep the values they have; each is checked against the new schema when it is next edited.
 */
export function setCategoryAttributes(
  writer: CatalogWriter,
  input: { id: number; attributes: AttributeSchema },
): { created: string[]; dropped: string[] } {
  requireCategoryRow(writer.sql, input.id);
  prepared(writer.sql, 'UPDATE "categories" SET "attribute_schema" = ?, "updated_at" = ? WHERE "id" = ?').run(
    JSON.stringify(input.attributes),
    writer.now,
    input.id,
  );
  return syncAttributeIndexes(writer.sql);
}
