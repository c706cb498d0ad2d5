import type Database from 'better-sqlite3';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sqliteOf } from '../../data-source';
import { auditRowHash, GENESIS_HASH, type StoredAuditRow } from '../../audit-chain';

const APPEND_ONLY = [
  `CREATE TRIGGER "trg_audit_log_no_update" BEFORE UPDATE ON "audit_log"
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
  `CREATE TRIGGER "trg_audit_log_no_delete" BEFORE DELETE ON "audit_log"
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
];

const HASH_CHECK = (column: string) =>
  `CONSTRAINT "CHK_audit_log_${column}" CHECK ("${column}" IS NULL OR (length("${column}") = 64 AND NOT "${column}" GLOB '*[^0-9a-f]*'))`;

const COLUMNS = [
  `ALTER TABLE "audit_log" ADD COLUMN "origin" text`,
  `ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text ${HASH_CHECK('prev_hash')}`,
  `ALTER TABLE "audit_log" ADD COLUMN "row_hash" text ${HASH_CHECK('row_hash')}`,
];

/** Rows read and hashed per batch while chaining the existing trail, to bound memory on a large file. */
const BATCH = 5_000;

/**
 * Makes the audit trail tamper-evident: each row records where the call came from (`origin`) and
 * carries the hash of the row before it and its own (database/audit-chain.ts). The rows already
 * there are chained in id order; their origin is unknown and stays NULL. The append-only triggers
 * are lifted only for that pass, inside this migration's transaction.
 */
export class AuditChain1765300000000 implements MigrationInterface {
  name = 'AuditChain1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of COLUMNS) await queryRunner.query(statement);
    await queryRunner.query('DROP TRIGGER "trg_audit_log_no_update"');
    await queryRunner.query('DROP TRIGGER "trg_audit_log_no_delete"');
    chainExistingRows(sqliteOf(queryRunner.connection));
    for (const statement of APPEND_ONLY) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}

/**
 * Hashes the rows already there in id order, through the driver's bound statements on the
 * migration's own connection and transaction (TypeORM's per-row query would take minutes on a
 * long trail).
 */
function chainExistingRows(sql: Database.Database): void {
  const read = sql.prepare(
    `SELECT "id", "occurred_at", "staff_id", "action", "entity", "entity_id", "result", "error_code", "details", "origin"
     FROM "audit_log" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}`,
  );
  const write = sql.prepare('UPDATE "audit_log" SET "prev_hash" = ?, "row_hash" = ? WHERE "id" = ?');
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  for (;;) {
    const rows = read.all(afterId) as StoredAuditRow[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const rowHash = auditRowHash(row, prevHash);
      write.run(prevHash, rowHash, row.id);
      prevHash = rowHash;
    }
    afterId = rows[rows.length - 1]!.id;
  }
}
