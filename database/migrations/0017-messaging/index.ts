import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from './outbox';
import { roomStatements } from './rooms';
import { searchStatements } from './search';
import { indexes, tables } from './tables';

/**
 * Staff messaging: conversations (the chain-wide, managers' and store rooms, custom rooms and
 * direct conversations), their named members, messages with mentions and an optional attached
 * record, how far each person has read, and full-text search over the bodies. The rooms every
 * file has are made before the outbox triggers exist, like any data a migration fills in: a first
 * sync's snapshot sends them.
 */
export class Messaging1765500000000 implements MigrationInterface {
  name = 'Messaging1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [...tables, ...indexes, ...roomStatements, ...searchStatements, ...outboxStatements];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
