import type Database from 'better-sqlite3';
import type { RecommendationRules } from '../../../shared/contract/recommendations';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { loadRules } from './rules';

/** Exclusions and pins as the manager's screen lists them. */
export function readRules(sql: Database.Database): RecommendationRules {
  const exclusions = prepared(
    sql,
    `SELECT e."id", e."created_at" AS "createdAt", p."id" AS "productId", p."name" AS "productName", p."sku",
            c."id" AS "categoryId", c."name" AS "categoryName"
     FROM "recommendation_exclusions" e
     LEFT JOIN "products" p ON p."id" = e."product_id" LEFT JOIN "categories" c ON c."id" = e."category_id"
     ORDER BY e."id"`,
  ).all() as {
    id: number;
    createdAt: string;
    productId: number | null;
    productName: string | null;
    sku: string | null;
    categoryId: number | null;
    categoryName: string | null;
  }[];
  const pins = prepared(
    sql,
    `SELECT p."id", p."name", p."sku", r."created_at" AS "createdAt"
     FROM "recommendation_pins" r JOIN "products" p ON p."id" = r."product_id" ORDER BY r."created_at", p."id"`,
  ).all() as { id: number; name: string; sku: string; createdAt: string }[];
  const rules = loadRules(sql);
  return {
    exclusions: exclusions.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      product: row.productId === null ? null : { id: row.productId, name: row.productName!, sku: row.sku! },
      category: row.categoryId === null ? null : { id: row.categoryId, name: row.categoryName! },
    })),
    pins: pins.map(({ createdAt, ...product }) => ({ product, createdAt, shown: rules.allows(product.id) })),
  };
}

function requireProduct(sql: Database.Database, productId: number): void {
  if (prepared(sql, 'SELECT 1 FROM "products" WHERE "id" = ?').get(productId) === undefined) {
    throw new AppError('NOT_FOUND', 'There is no such product.', { productId });
  }
}

/** Excludes a product or a category (with its subcategories); excluding one twice is refused. Returns the new exclusion's id. */
export function addExclusion(
  sql: Database.Database,
  target: { productId?: number; categoryId?: number },
  staffId: number,
  now: Date,
): number {
  if (target.productId !== undefined) requireProduct(sql, target.productId);
  if (
    target.categoryId !== undefined &&
    prepared(sql, 'SELECT 1 FROM "categories" WHERE "id" = ?').get(target.categoryId) === undefined
  ) {
    throw new AppError('NOT_FOUND', 'There is no such category.', { categoryId: target.categoryId });
  }
  const column = target.productId !== undefined ? 'product_id' : 'category_id';
  const value = target.productId ?? target.categoryId!;
  if (prepared(sql, `SELECT 1 FROM "recommendation_exclusions" WHERE "${column}" = ?`).get(value) !== undefined) {
    throw new AppError('CONFLICT', 'It is excluded already.', {
      [column === 'product_id' ? 'productId' : 'categoryId']: value,
    });
  }
  const result = prepared(
    sql,
    `INSERT INTO "recommendation_exclusions" ("${column}", "created_by", "created_at") VALUES (?, ?, ?)`,
  ).run(value, staffId, now.toISOString());
  return Number(result.lastInsertRowid);
}

export function removeExclusion(sql: Database.Database, id: number): void {
  if (prepared(sql, 'DELETE FROM "recommendation_exclusions" WHERE "id" = ?').run(id).changes === 0) {
    throw new AppError('NOT_FOUND', 'There is no such exclusion.', { id });
  }
}

/** Pins a product; pinning one already pinned changes nothing. */
export function pinProduct(sql: Database.Database, productId: number, staffId: number, now: Date): void {
  requireProduct(sql, productId);
  prepared(
    sql,
    `INSERT INTO "recommendation_pins" ("product_id", "created_by", "created_at") VALUES (?, ?, ?)
     ON CONFLICT ("product_id") DO NOTHING`,
  ).run(productId, staffId, now.toISOString());
}

export function unpinProduct(sql: Database.Database, productId: number): void {
  if (prepared(sql, 'DELETE FROM "recommendation_pins" WHERE "product_id" = ?').run(productId).changes === 0) {
    throw new AppError('NOT_FOUND', 'That product is not pinned.', { productId });
  }
}
