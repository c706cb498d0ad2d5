import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = '"rowid", "name", "sku", "barcode", "brand"';

const indexRow = (product: 'NEW' | 'p') => `
  SELECT ${product}."id", ${product}."name", ${product}."sku", IFNULL(${product}."barcode", ''),
    IFNULL((SELECT "name" FROM "brands" WHERE "id" = ${product}."brand_id"), '')`;

/**
 * Product search inside words: a trigram index over name, SKU, barcode and brand, so "ocola"
 * finds "Chocolate" and "0012" finds "PAN-0012", and typos can be ranked by the trigrams they
 * share. Categories stay out: the prefix index already covers them, and a category's letters
 * shared by thousands of products would only blur the typo ranking. The FTS rowid is the
 * product id; triggers keep it in step with products and brands, as they do for product_search.
 * The vocabulary table reads how many products hold each trigram, so a typo search starts from
 * its rarest trigrams.
 */
const statements = [
  `CREATE VIRTUAL TABLE "product_trigram" USING fts5(
     "name", "sku", "barcode", "brand", tokenize = 'trigram remove_diacritics 1')`,
  `CREATE VIRTUAL TABLE "product_trigram_terms" USING fts5vocab("product_trigram", 'row')`,
  `INSERT INTO "product_trigram" (${COLUMNS}) ${indexRow('p')} FROM "products" p`,
  `CREATE TRIGGER "trg_products_trigram_insert" AFTER INSERT ON "products"
   BEGIN INSERT INTO "product_trigram" (${COLUMNS}) ${indexRow('NEW')}; END`,
  `CREATE TRIGGER "trg_products_trigram_update" AFTER UPDATE OF "name", "sku", "barcode", "brand_id" ON "products"
   BEGIN
     DELETE FROM "product_trigram" WHERE "rowid" = OLD."id";
     INSERT INTO "product_trigram" (${COLUMNS}) ${indexRow('NEW')};
   END`,
  `CREATE TRIGGER "trg_products_trigram_delete" AFTER DELETE ON "products"
   BEGIN DELETE FROM "product_trigram" WHERE "rowid" = OLD."id"; END`,
  `CREATE TRIGGER "trg_brands_trigram_rename" AFTER UPDATE OF "name" ON "brands"
   BEGIN UPDATE "product_trigram" SET "brand" = NEW."name" WHERE "rowid" IN (SELECT "id" FROM "products" WHERE "brand_id" = NEW."id"); END`,
];

export class ProductTrigramSearch1764500000000 implements MigrationInterface {
  name = 'ProductTrigramSearch1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
