import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record of long-running jobs (demo data now; imports, rebuilds, backups later): one row per
 * job, `running` until it ends, with its last progress, result summary or error.
 */
const statements: string[] = [
  `CREATE TABLE "jobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "started_by" integer NOT NULL, "started_at" text NOT NULL, "finished_at" text, "progress" text, "result" text, "error" text, CONSTRAINT "CHK_jobs_result" CHECK ("result" IS NULL OR json_valid("result")), CONSTRAINT "CHK_jobs_progress" CHECK ("progress" IS NULL OR json_valid("progress")), CONSTRAINT "CHK_jobs_kind" CHECK (length("kind") BETWEEN 1 AND 64), CONSTRAINT "CHK_jobs_finished" CHECK (("status" = 'running') = ("finished_at" IS NULL)), CONSTRAINT "CHK_jobs_status" CHECK ("status" IN ('running', 'succeeded', 'failed', 'cancelled')), CONSTRAINT "FK_3475492633ed54c0d39b9bed152" FOREIGN KEY ("started_by") REFERENCES "staff_members" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_jobs_started_by" ON "jobs" ("started_by")`,
  `CREATE INDEX "IDX_jobs_started" ON "jobs" ("started_at", "id")`,
];

export class Jobs1764700000000 implements MigrationInterface {
  name = 'Jobs1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
