import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildStatements } from './rebuild';
import { indexStatements, tableStatements } from './tables';
import { triggerStatements } from './triggers';

/**
 * Coarser sales rollups (docs/analytics.md): store × period × category and brand, and period ×
 * product and customer over every store, at days, blocks of the month and months, so every
 * dashboard question reads a few thousand rows at most. They are built from migration 0010's
 * rollups and the orders, then kept by triggers.
 */
export class SalesRollupGrains1765000000000 implements MigrationInterface {
  name = 'SalesRollupGrains1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      ...tableStatements,
      ...rebuildStatements(null),
      ...indexStatements,
      ...triggerStatements,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
