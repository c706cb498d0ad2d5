/**
 * Triggers that keep stock_value_groups equal, in every writing transaction, to its definition:
 * for each store and each pair of a product's category and brand (0 for none), the positive
 * stock levels' units and their value at the product's cost now,
 *
 *   SUM(MAX(on_hand, 0)), SUM(MAX(on_hand, 0) × cost_cents) over stock_levels ⋈ products.
 *
 * Each trigger adds the change of one side of that join, read against the other side as it is at
 * that moment, so the sum stays exact whichever row a transaction writes first (a delivery moves
 * both the stock and the moving-average cost). The till's path, a stock level's on_hand changing,
 * costs one product lookup by id and one upsert into a table of a few thousand rows. Archiving
 * needs no trigger: the valuation counts archived products' stock too.
 *
 * A group whose units fall to zero keeps its row (at zero value, since costs are never negative);
 * readers leave such groups out, as the join would.
 */

/** Upserts `units` units worth `value` cents into each group the rows of `from` give. */
const upsert = (store: string, category: string, brand: string, units: string, value: string, from: string) =>
  `INSERT INTO "stock_value_groups" ("store_id", "category_id", "brand_id", "units", "value_cents")
     SELECT ${store}, IFNULL(${category}, 0), IFNULL(${brand}, 0), ${units}, ${value} ${from}
     ON CONFLICT ("store_id", "category_id", "brand_id")
     DO UPDATE SET "units" = "units" + excluded."units", "value_cents" = "value_cents" + excluded."value_cents"`;

/** A stock level `row` (NEW or OLD) added (sign '') or taken out (sign '-'), at its product's cost now. */
const levelChange = (row: 'NEW' | 'OLD', sign: '' | '-') =>
  upsert(
    `${row}."store_id"`,
    'p."category_id"',
    'p."brand_id"',
    `${sign}${row}."on_hand"`,
    `${sign}${row}."on_hand" * p."cost_cents"`,
    `FROM "products" p WHERE p."id" = ${row}."product_id" AND ${row}."on_hand" > 0`,
  );

/** The positive stock levels of product `row` (NEW or OLD), added at its category, brand and cost (sign '') or taken out ('-'). */
const productChange = (row: 'NEW' | 'OLD', sign: '' | '-') =>
  upsert(
    'sl."store_id"',
    `${row}."category_id"`,
    `${row}."brand_id"`,
    `${sign}sl."on_hand"`,
    `${sign}sl."on_hand" * ${row}."cost_cents"`,
    `FROM "stock_levels" sl WHERE sl."product_id" = ${row}."id" AND sl."on_hand" > 0`,
  );

const POSITIVE_CHANGE = 'MAX(NEW."on_hand", 0) - MAX(OLD."on_hand", 0)';
const SAME_LEVEL = 'NEW."store_id" = OLD."store_id" AND NEW."product_id" = OLD."product_id"';
const SAME_GROUP = 'NEW."category_id" IS OLD."category_id" AND NEW."brand_id" IS OLD."brand_id"';

export const triggerStatements = [
  `CREATE TRIGGER "trg_stock_levels_stock_value_insert" AFTER INSERT ON "stock_levels"
   WHEN NEW."on_hand" > 0
   BEGIN
     ${levelChange('NEW', '')};
   END`,
  `CREATE TRIGGER "trg_stock_levels_stock_value_update" AFTER UPDATE OF "on_hand" ON "stock_levels"
   WHEN ${SAME_LEVEL} AND MAX(NEW."on_hand", 0) <> MAX(OLD."on_hand", 0)
   BEGIN
     ${upsert(
       'NEW."store_id"',
       'p."category_id"',
       'p."brand_id"',
       POSITIVE_CHANGE,
       `(${POSITIVE_CHANGE}) * p."cost_cents"`,
       'FROM "products" p WHERE p."id" = NEW."product_id"',
     )};
   END`,
  `CREATE TRIGGER "trg_stock_levels_stock_value_move" AFTER UPDATE OF "store_id", "product_id" ON "stock_levels"
   WHEN NOT (${SAME_LEVEL})
   BEGIN
     ${levelChange('OLD', '-')};
     ${levelChange('NEW', '')};
   END`,
  `CREATE TRIGGER "trg_stock_levels_stock_value_delete" AFTER DELETE ON "stock_levels"
   WHEN OLD."on_hand" > 0
   BEGIN
     ${levelChange('OLD', '-')};
   END`,
  `CREATE TRIGGER "trg_products_stock_value_cost" AFTER UPDATE OF "cost_cents" ON "products"
   WHEN NEW."cost_cents" <> OLD."cost_cents" AND ${SAME_GROUP}
   BEGIN
     ${upsert(
       'sl."store_id"',
       'NEW."category_id"',
       'NEW."brand_id"',
       '0',
       'sl."on_hand" * (NEW."cost_cents" - OLD."cost_cents")',
       'FROM "stock_levels" sl WHERE sl."product_id" = NEW."id" AND sl."on_hand" > 0',
     )};
   END`,
  `CREATE TRIGGER "trg_products_stock_value_group" AFTER UPDATE OF "category_id", "brand_id" ON "products"
   WHEN NOT (${SAME_GROUP})
   BEGIN
     ${productChange('OLD', '-')};
     ${productChange('NEW', '')};
   END`,
  `CREATE TRIGGER "trg_products_stock_value_insert" AFTER INSERT ON "products"
   BEGIN
     ${productChange('NEW', '')};
   END`,
  `CREATE TRIGGER "trg_products_stock_value_delete" AFTER DELETE ON "products"
   BEGIN
     ${productChange('OLD', '-')};
   END`,
];
