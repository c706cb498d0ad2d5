import type { MigrationInterface, QueryRunner } from 'typeorm';
import { coalesceStatements } from './coalesce';
import { outboxTriggers, previousTriggers } from './triggers';

/**
 * The outbox reshaped for head-office sync: one pending row per changed record (coalesced),
 * ordered by a sequence number, aggregates enqueued by their root, and a pause flag the triggers
 * honour. Existing pending changes are carried over, coalesced in SQL.
 */
const statements = [
  ...previousTriggers.map((name) => `DROP TRIGGER IF EXISTS "${name}"`),
  `CREATE TABLE "sync_state" ("id" integer PRIMARY KEY NOT NULL, "last_seq" integer NOT NULL DEFAULT (0), "read_seq" integer NOT NULL DEFAULT (0), "outbox_paused" integer NOT NULL DEFAULT (0), CONSTRAINT "CHK_sync_state_one_row" CHECK ("id" = 1), CONSTRAINT "CHK_sync_state_paused" CHECK ("outbox_paused" IN (0, 1)))`,
  `INSERT INTO "sync_state" ("id", "last_seq", "read_seq", "outbox_paused") VALUES (1, (SELECT IFNULL(MAX("id"), 0) FROM "sync_outbox"), 0, 0)`,
  `DROP INDEX "IDX_sync_outbox_pending"`,
  `DROP INDEX "IDX_sync_outbox_row"`,
  `ALTER TABLE "sync_outbox" RENAME TO "sync_outbox_v6"`,
  `CREATE TABLE "sync_outbox" ("seq" integer PRIMARY KEY NOT NULL, "entity" text NOT NULL, "entity_uid" text NOT NULL, "op" text NOT NULL, "changed_at" text NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), CONSTRAINT "CHK_sync_outbox_op" CHECK ("op" IN ('insert', 'update', 'delete')))`,
  ...coalesceStatements,
  // Built after the copy: sorting once is far cheaper than keeping the index through millions of inserts.
  `CREATE UNIQUE INDEX "UQ_sync_outbox_record" ON "sync_outbox" ("entity", "entity_uid")`,
  `DROP TABLE "sync_outbox_v6"`,
  ...outboxTriggers,
];

export class SyncOutbox1764600000000 implements MigrationInterface {
  name = 'SyncOutbox1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
