import type Database from 'better-sqlite3';
import { ATTRIBUTE_INDEX_PREFIX, attributeExpression, attributeIndexName, isAttributeKey } from './attribute-sql';

/**
 * Keeps one expression index per attribute key that some category marks `indexed`, so filtering
 * the product list by that attribute (json_extract on products.attributes) reads an index instead
 * of every product.
 *
 * These indexes are made at run time, not by a migration, because the keys are data: a manager
 * declares them while the store is open, long after the schema shipped. They are plain SQLite DDL
 * inside the caller's transaction (SQLite's DDL is transactional), so a failed call leaves no
 * index behind. Entities do not know them; the schema agreement test runs on a fresh file, where
 * none exist.
 */
export function syncAttributeIndexes(sql: Database.Database): { created: string[]; dropped: string[] } {
  const wanted = new Set(
    (
      sql
        .prepare(
          `SELECT DISTINCT json_extract(d."value", '$.key') AS "key"
           FROM "categories" c, json_each(c."attribute_schema") d
           WHERE json_extract(d."value", '$.indexed') = 1`,
        )
        .all() as { key: unknown }[]
    )
      .map((row) => row.key)
      .filter(isAttributeKey),
  );
  const existing = (
    sql.prepare(`SELECT "name" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = 'products'`).all() as {
      name: string;
    }[]
  )
    .filter((row) => row.name.startsWith(ATTRIBUTE_INDEX_PREFIX))
    .map((row) => row.name.slice(ATTRIBUTE_INDEX_PREFIX.length))
    .filter(isAttributeKey);

  const created = [...wanted].filter((key) => !existing.includes(key));
  const dropped = existing.filter((key) => !wanted.has(key));
  for (const key of created) {
    const expression = attributeExpression('"attributes"', key);
    sql.exec(`CREATE INDEX IF NOT EXISTS "${attributeIndexName(key)}" ON "products" (${expression})`);
  }
  for (const key of dropped) sql.exec(`DROP INDEX IF EXISTS "${attributeIndexName(key)}"`);
  return { created, dropped };
}
