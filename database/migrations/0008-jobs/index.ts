import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: the record of long-running jobs. */
const statements: string[] = [];

export class Jobs1764700000000 implements MigrationInterface {
  name = 'Jobs1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
