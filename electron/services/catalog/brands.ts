import type Database from 'better-sqlite3';
import type { BrandRow } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { newUid } from '../../../database/ids';
import type { CatalogWriter } from './catalog-writer';
import { prepared } from '../../../database/prepared';

const SELECT_BRANDS = `
  SELECT b."id", b."name",
         (SELECT COUNT(*) FROM "products" p WHERE p."brand_id" = b."id" AND p."archived_at" IS NULL) AS "productCount"
  FROM "brands" b`;

export function listBrands(sql: Database.Database): BrandRow[] {
  return prepared(sql, `${SELECT_BRANDS} ORDER BY b."name", b."id"`).all() as BrandRow[];
}

export function loadBrand(sql: Database.Database, id: number): BrandRow {
  const row = prepared(sql, `${SELECT_BRANDS} WHERE b."id" = ?`).get(id) as BrandRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That brand does not exist.', { brandId: id });
  return row;
}

export function createBrand(writer: CatalogWriter, name: string): number {
  requireFreeBrandName(writer.sql, name, null);
  const result = prepared(
    writer.sql,
    'INSERT INTO "brands" ("uid", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?)',
  ).run(newUid(Date.parse(writer.now)), name, writer.now, writer.now);
  return Number(result.lastInsertRowid);
}

/** A trigger carries the new name into the product search index. Returns the old name. */
export function renameBrand(writer: CatalogWriter, input: { id: number; name: string }): string {
  const current = loadBrand(writer.sql, input.id);
  requireFreeBrandName(writer.sql, input.name, input.id);
  prepared(writer.sql, 'UPDATE "brands" SET "name" = ?, "updated_at" = ? WHERE "id" = ?').run(
    input.name,
    writer.now,
    input.id,
  );
  return current.name;
}

function requireFreeBrandName(sql: Database.Database, name: string, exceptId: number | null): void {
  if (prepared(sql, 'SELECT 1 FROM "brands" WHERE "name" = ? AND "id" IS NOT ?').get(name, exceptId)) {
    throw new AppError('CONFLICT', `There is already a brand called "${name}".`, { field: 'name' });
  }
}
