import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customers anonymized before anonymizing emptied their staff messages, by the rule of
 * `isAnonymized` (shared/contract/customers.ts) as it stands: archived, named "Anonymized customer",
 * with no email, phone or notes. Spelt out here so this migration never changes when the rule does.
 */
const ANONYMIZED_CUSTOMERS = `SELECT "id" FROM "customers" WHERE "archived_at" IS NOT NULL
  AND "first_name" = 'Anonymized' AND "last_name" = 'customer'
  AND "email" IS NULL AND "phone" IS NULL AND "notes" IS NULL`;

/**
 * The messages about them are emptied as anonymizing empties them now
 * (electron/services/customers/anonymize-customer.ts): mentions, text, record link and pin go, the
 * row stays, deleted at the moment of the upgrade. The message search index follows by trigger,
 * and so does the sync outbox: each emptied message (and one whose mentions went) is queued as
 * changed, so head office replaces its copy that still holds the person's details.
 */
export const anonymizedCustomerMessageStatements = [
  `DELETE FROM "message_mentions" WHERE "message_id" IN (
     SELECT "id" FROM "messages" WHERE "record_kind" = 'customer' AND "record_id" IN (${ANONYMIZED_CUSTOMERS}))`,
  `UPDATE "messages" SET "body" = '', "deleted_at" = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "record_kind" = NULL,
     "record_id" = NULL, "pinned_at" = NULL, "pinned_by" = NULL
   WHERE "record_kind" = 'customer' AND "record_id" IN (${ANONYMIZED_CUSTOMERS})`,
];

export class AnonymizedCustomerMessages1766800000000 implements MigrationInterface {
  name = 'AnonymizedCustomerMessages1766800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of anonymizedCustomerMessageStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
