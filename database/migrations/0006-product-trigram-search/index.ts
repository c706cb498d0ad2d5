import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: product search inside words (trigram). */
const statements: string[] = [];

export class ProductTrigramSearch1764500000000 implements MigrationInterface {
  name = 'ProductTrigramSearch1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
