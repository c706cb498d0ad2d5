import type { ClientBase } from 'pg';
import { hqMigrations } from '../../database/hq/migrate';

export interface HqSchemaState {
  /** Migrations head office has that this Backroom does not know: a newer Backroom ran them. */
  ahead: string[];
  /** How many of this Backroom's migrations head office lacks. */
  missing: number;
}

/** Compares head office's recorded migrations with this Backroom's, changing nothing there. */
export async function compareHqSchema(client: ClientBase): Promise<HqSchemaState> {
  const { rows } = await client.query<{ present: boolean }>(
    `SELECT to_regclass('hq_migrations') IS NOT NULL AS "present"`,
  );
  if (!rows[0]!.present) return { ahead: [], missing: hqMigrations.length };
  const applied = (await client.query<{ name: string }>('SELECT "name" FROM "hq_migrations" ORDER BY "name"')).rows.map(
    (row) => row.name,
  );
  const known = new Set(hqMigrations.map((migration) => migration.name));
  return {
    ahead: applied.filter((name) => !known.has(name)),
    missing: hqMigrations.filter((migration) => !applied.includes(migration.name)).length,
  };
}

/**
 * Head office's schema against this Backroom's; throws HqSchemaAheadError when head office has a
 * migration this Backroom does not know. A sync
 * runs it under the migration lock (migrateHq's beforeMigrating), so a newer Backroom cannot
 * migrate head office between this check and this Backroom's own migrations, nor afterwards
 * while the sync holds the lock shared (connectHq).
 */
export async function refuseSchemaAhead(client: ClientBase): Promise<HqSchemaState> {
  const state = await compareHqSchema(client);
  if (state.ahead.length > 0) throw new HqSchemaAheadError(state.ahead);
  return state;
}

/** What test connection and a refused sync both tell the admin when head office is ahead. */
export function schemaAheadMessage(ahead: readonly string[]): string {
  return `Head office's schema is newer than this Backroom knows (${ahead.join(', ')}): update Backroom before syncing.`;
}

/**
 * A sync refused because a newer Backroom has migrated head office: this one would write records
 * in a shape head office no longer expects, so it sends nothing until it is updated.
 */
export class HqSchemaAheadError extends Error {
  constructor(readonly ahead: readonly string[]) {
    super(schemaAheadMessage(ahead));
    this.name = 'HqSchemaAheadError';
  }
}
