import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What imports need to recognise and keep: the source system's reference of a customer, a
 * supplier and an order (the natural key a repeated import matches on), the percentage a line's
 * discount was given at (so revenue stays exact where a percentage does not fall on a cent), and
 * saved column mappings.
 */
const references = [
  `ALTER TABLE "customers" ADD COLUMN "external_ref" text
     CONSTRAINT "CHK_customers_external_ref" CHECK ("external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100)`,
  `CREATE UNIQUE INDEX "UQ_customers_external_ref" ON "customers" ("external_ref")`,
  `ALTER TABLE "suppliers" ADD COLUMN "external_ref" text
     CONSTRAINT "CHK_suppliers_external_ref" CHECK ("external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100)`,
  `CREATE UNIQUE INDEX "UQ_suppliers_external_ref" ON "suppliers" ("external_ref")`,
  `ALTER TABLE "orders" ADD COLUMN "external_ref" text
     CONSTRAINT "CHK_orders_external_ref" CHECK ("external_ref" IS NULL OR length("external_ref") BETWEEN 1 AND 100)`,
  `CREATE UNIQUE INDEX "UQ_orders_external_ref" ON "orders" ("external_ref")`,
  `ALTER TABLE "order_lines" ADD COLUMN "discount_bp" integer
     CONSTRAINT "CHK_order_lines_discount_bp" CHECK ("discount_bp" IS NULL OR "discount_bp" BETWEEN 0 AND 10000)`,
];

const profiles = [
  `CREATE TABLE "import_profiles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text COLLATE NOCASE NOT NULL, "kind" text NOT NULL, "profile" text NOT NULL, "created_by" integer NOT NULL, "updated_at" text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), CONSTRAINT "UQ_import_profiles_name" UNIQUE ("name"), CONSTRAINT "CHK_import_profiles_name" CHECK (length(trim("name")) BETWEEN 1 AND 100), CONSTRAINT "CHK_import_profiles_kind" CHECK ("kind" IN ('products', 'customers', 'suppliers', 'stock', 'sales', 'interactions')), CONSTRAINT "CHK_import_profiles_profile" CHECK (json_valid("profile") AND json_type("profile") = 'object'), CONSTRAINT "FK_import_profiles_created_by" FOREIGN KEY ("created_by") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
];

export class ImportReferences1764800000000 implements MigrationInterface {
  name = 'ImportReferences1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...references, ...profiles]) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
