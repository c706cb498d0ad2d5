import type { MigrationInterface, QueryRunner } from 'typeorm';
import { integrityStatements } from './integrity';
import { ledgerStatements } from './ledger';
import { productSearchStatements } from './product-search';
import { purchasingStatements } from './purchasing';
import { outboxStatements } from './sync-outbox';
import { indexes, tables } from './tables';

export class InitialSchema1764080000000 implements MigrationInterface {
  /** Explicit: bundlers rename classes, and TypeORM records migrations by name. */
  name = 'InitialSchema1764080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...tables,
      ...indexes,
      ...integrityStatements,
      ...ledgerStatements,
      ...outboxStatements,
      ...productSearchStatements,
      ...purchasingStatements,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('The initial schema cannot be rolled back; restore a backup instead.');
  }
}
