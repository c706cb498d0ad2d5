import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may work where, and the credentials of a shared till: the stores each staff member may
 * work in (their home store first of all, filled from `store_id`), a password an admin reset
 * and the member must replace, and a short PIN with its own failure count and lockout.
 */
const access = [
  `CREATE TABLE "staff_store_access" ("staff_id" integer NOT NULL, "store_id" integer NOT NULL, CONSTRAINT "FK_84bd6b5e5c98c5c1f872a7dede6" FOREIGN KEY ("staff_id") REFERENCES "staff_members" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_07e32080c8064e5131c2fb75056" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY ("staff_id", "store_id"))`,
  `CREATE INDEX "IDX_staff_store_access_store" ON "staff_store_access" ("store_id")`,
  `INSERT INTO "staff_store_access" ("staff_id", "store_id") SELECT "id", "store_id" FROM "staff_members"`,
];

const credentials = [
  `ALTER TABLE "staff_members" ADD COLUMN "must_change_password" integer NOT NULL DEFAULT (0)
     CONSTRAINT "CHK_staff_must_change_password" CHECK ("must_change_password" IN (0, 1))`,
  `ALTER TABLE "staff_members" ADD COLUMN "pin_hash" text`,
  `ALTER TABLE "staff_members" ADD COLUMN "pin_failed_count" integer NOT NULL DEFAULT (0)
     CONSTRAINT "CHK_staff_pin_failures" CHECK ("pin_failed_count" >= 0)`,
  `ALTER TABLE "staff_members" ADD COLUMN "pin_locked_until" text`,
];

export class StaffAccess1765400000000 implements MigrationInterface {
  name = 'StaffAccess1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...access, ...credentials]) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
