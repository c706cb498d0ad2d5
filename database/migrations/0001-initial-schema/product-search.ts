/**
 * Full-text search over products (name, SKU, barcode, brand, category) with prefix indexes for
 * search-as-you-type. The FTS rowid is the product id; triggers keep it in step with the catalog.
 */
const indexRow = (product: 'NEW') => `
  INSERT INTO "product_search" ("rowid", "name", "sku", "barcode", "brand", "category")
  VALUES (${product}."id", ${product}."name", ${product}."sku", IFNULL(${product}."barcode", ''),
    IFNULL((SELECT "name" FROM "brands" WHERE "id" = ${product}."brand_id"), ''),
    IFNULL((SELECT "name" FROM "categories" WHERE "id" = ${product}."category_id"), ''));`;

export const productSearchStatements = [
  `CREATE VIRTUAL TABLE "product_search" USING fts5(
     "name", "sku", "barcode", "brand", "category",
     tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`,
  `CREATE TRIGGER "trg_products_search_insert" AFTER INSERT ON "products" BEGIN ${indexRow('NEW')} END`,
  `CREATE TRIGGER "trg_products_search_update" AFTER UPDATE OF "name", "sku", "barcode", "brand_id", "category_id" ON "products"
   BEGIN DELETE FROM "product_search" WHERE "rowid" = OLD."id"; ${indexRow('NEW')} END`,
  `CREATE TRIGGER "trg_products_search_delete" AFTER DELETE ON "products"
   BEGIN DELETE FROM "product_search" WHERE "rowid" = OLD."id"; END`,
  `CREATE TRIGGER "trg_brands_search_rename" AFTER UPDATE OF "name" ON "brands"
   BEGIN UPDATE "product_search" SET "brand" = NEW."name" WHERE "rowid" IN (SELECT "id" FROM "products" WHERE "brand_id" = NEW."id"); END`,
  `CREATE TRIGGER "trg_categories_search_rename" AFTER UPDATE OF "name" ON "categories"
   BEGIN UPDATE "product_search" SET "category" = NEW."name" WHERE "rowid" IN (SELECT "id" FROM "products" WHERE "category_id" = NEW."id"); END`,
];
