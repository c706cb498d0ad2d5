import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every customer merge, in the order they happened (docs/recommendations.md): a rebuild computes
 * the viewed-together tables from a snapshot of the interactions, and a merge after that snapshot
 * joins sessions the snapshot still holds apart. The swap re-joins the sessions of each merge
 * after its snapshot's newest id, as it adds the orders and events that came after it. One row per
 * merge, a person's action: the table stays small.
 */
export const sessionMergeStatements = [
  `CREATE TABLE "recommendation_session_merges" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "source_id" integer NOT NULL, "target_id" integer NOT NULL, CONSTRAINT "CHK_recommendation_session_merges_distinct" CHECK ("source_id" <> "target_id"), CONSTRAINT "FK_recommendation_session_merges_source" FOREIGN KEY ("source_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_recommendation_session_merges_target" FOREIGN KEY ("target_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
];

export class SessionMerges1766600000000 implements MigrationInterface {
  name = 'SessionMerges1766600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of sessionMergeStatements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
