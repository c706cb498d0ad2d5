import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: the outbox reshaped for head-office sync. */
const statements: string[] = [];

export class SyncOutbox1764600000000 implements MigrationInterface {
  name = 'SyncOutbox1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
