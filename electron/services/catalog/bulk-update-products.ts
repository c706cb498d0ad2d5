import type { z } from 'zod';
import type { productBulkUpdateInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { CatalogWriter } from './catalog-writer';
import { requireCategory } from './category-chain';
import { prepared } from '../../../database/prepared';

export type BulkUpdate = z.output<typeof productBulkUpdateInput>;

const COLUMNS = { priceCents: 'price_cents', categoryId: 'category_id', reorderPoint: 'reorder_point' } as const;

/**
 * Sets the same value on many products in one statement, inside the call's transaction: one
 * unknown id and nothing changes. Each product's version is raised, so an editor open on one of
 * them is told it changed. A new category does not re-check the products' attributes, as with a
 * category merge: they are checked at the next edit of each product.
 */
export function bulkUpdateProducts(writer: CatalogWriter, input: BulkUpdate): number {
  const { sql } = writer;
  const ids = [...new Set(input.ids)];
  const idList = JSON.stringify(ids);
  const found = (
    prepared(sql, 'SELECT "id" FROM "products" WHERE "id" IN (SELECT "value" FROM json_each(?))').all(idList) as {
      id: number;
    }[]
  ).map((row) => row.id);
  if (found.length !== ids.length) {
    const known = new Set(found);
    const missing = ids.filter((id) => !known.has(id));
    throw new AppError('NOT_FOUND', `${missing.length} of the chosen products no longer exist; nothing was changed.`, {
      productIds: missing.slice(0, 50),
    });
  }
  if (input.set.categoryId != null) requireCategory(sql, input.set.categoryId);

  // Only the chosen columns are in the SET list: naming category_id would re-index every product's search row.
  const fields = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((field) => input.set[field] !== undefined);
  const assignments = fields.map((field) => `"${COLUMNS[field]}" = @${field}`).join(', ');
  const result = prepared(
    sql,
    `UPDATE "products" SET ${assignments}, "version" = "version" + 1, "updated_at" = @now, "updated_by" = @staffId
     WHERE "id" IN (SELECT "value" FROM json_each(@ids))`,
  ).run({ ...pick(input.set, fields), ids: idList, now: writer.now, staffId: writer.staffId });
  return result.changes;
}

function pick(set: BulkUpdate['set'], fields: (keyof typeof COLUMNS)[]): Record<string, number | null> {
  return Object.fromEntries(fields.map((field) => [field, set[field] ?? null]));
}
