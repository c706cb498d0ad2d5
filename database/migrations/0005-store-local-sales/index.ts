import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: stores' time zones, the one sale definition, customer spend totals. */
const statements: string[] = [];

export class StoreLocalSales1764400000000 implements MigrationInterface {
  name = 'StoreLocalSales1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
