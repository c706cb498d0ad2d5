import type Database from 'better-sqlite3';
import type { ImportProfileRow } from '../../../shared/contract/imports';
import { AppError } from '../../../shared/errors';
import { importProfile, type ImportProfile } from '../../../shared/import/profile';
import { prepared } from '../../../database/prepared';

interface StoredProfile {
  id: number;
  name: string;
  kind: string;
  profile: string;
  updatedAt: string;
}

const SELECT = 'SELECT "id", "name", "kind", "profile", "updated_at" AS "updatedAt" FROM "import_profiles"';

/** A stored profile is parsed again: a row edited outside Backroom must not reach an import unchecked. */
function toRow(stored: StoredProfile): ImportProfileRow {
  const profile = importProfile.parse(JSON.parse(stored.profile));
  return { id: stored.id, name: stored.name, kind: profile.kind, profile, updatedAt: stored.updatedAt };
}

export function listProfiles(sql: Database.Database): ImportProfileRow[] {
  return (prepared(sql, `${SELECT} ORDER BY "name", "id"`).all() as StoredProfile[]).map(toRow);
}

export function loadProfile(sql: Database.Database, id: number): ImportProfileRow {
  const stored = prepared(sql, `${SELECT} WHERE "id" = ?`).get(id) as StoredProfile | undefined;
  if (!stored) throw new AppError('NOT_FOUND', 'That mapping profile does not exist.', { id });
  return toRow(stored);
}

/** Saves a new profile, or over the one with `id`; the name is kept inside the profile too. */
export function saveProfile(
  sql: Database.Database,
  input: { id?: number; name: string; profile: ImportProfile },
  staffId: number,
  now: string,
): ImportProfileRow {
  const holder = prepared(sql, 'SELECT "id" FROM "import_profiles" WHERE "name" = ?').pluck().get(input.name) as
    number | undefined;
  if (holder !== undefined && holder !== input.id) {
    throw new AppError('CONFLICT', `There is already a mapping profile called "${input.name}".`, { field: 'name' });
  }
  const json = JSON.stringify({ ...input.profile, name: input.name });
  if (input.id !== undefined) {
    loadProfile(sql, input.id);
    prepared(
      sql,
      'UPDATE "import_profiles" SET "name" = ?, "kind" = ?, "profile" = ?, "updated_at" = ? WHERE "id" = ?',
    ).run(input.name, input.profile.kind, json, now, input.id);
    return loadProfile(sql, input.id);
  }
  const result = prepared(
    sql,
    'INSERT INTO "import_profiles" ("name", "kind", "profile", "created_by", "updated_at") VALUES (?, ?, ?, ?, ?)',
  ).run(input.name, input.profile.kind, json, staffId, now);
  return loadProfile(sql, Number(result.lastInsertRowid));
}

export function deleteProfile(sql: Database.Database, id: number): void {
  loadProfile(sql, id);
  prepared(sql, 'DELETE FROM "import_profiles" WHERE "id" = ?').run(id);
}
