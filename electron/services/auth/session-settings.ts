import type Database from 'better-sqlite3';
import { sessionSettings, type SessionSettings } from '../../../shared/contract/session';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import type { SessionLimits, SessionStore } from '../../host/sessions';

/** Each limit's row in the settings table, and the session store's name for it. */
const KEYS: Record<keyof SessionSettings, { key: string; limit: keyof SessionLimits }> = {
  idleTimeoutMinutes: { key: 'session.idleTimeoutMinutes', limit: 'idleMinutes' },
  lifetimeHours: { key: 'session.lifetimeHours', limit: 'lifetimeHours' },
  lockAfterMinutes: { key: 'session.lockAfterMinutes', limit: 'lockAfterMinutes' },
};

/**
 * The limits an admin stored, applied to the session store (at startup and after a change).
 * A value stored by anything else and out of bounds is ignored, so it cannot loosen the limits.
 */
export function applySessionSettings(sql: Database.Database, sessions: SessionStore): void {
  const read = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?');
  const limits: Partial<SessionLimits> = {};
  for (const name of Object.keys(KEYS) as (keyof SessionSettings)[]) {
    const stored = read.get(KEYS[name].key) as { value: string } | undefined;
    if (stored === undefined) continue;
    const checked = sessionSettings.shape[name].safeParse(JSON.parse(stored.value));
    if (checked.success) limits[KEYS[name].limit] = checked.data;
  }
  sessions.configure(limits);
}

export function readSessionSettings(sessions: SessionStore): SessionSettings {
  return {
    idleTimeoutMinutes: sessions.idleMinutes,
    lifetimeHours: sessions.lifetimeHours,
    lockAfterMinutes: sessions.lockAfterMinutes,
  };
}

/**
 * Stores the limits given and applies them to the open sessions. The screen must lock before the
 * session ends idle, or the lock would never show.
 */
export function writeSessionSettings(
  sql: Database.Database,
  sessions: SessionStore,
  changes: Partial<SessionSettings>,
): SessionSettings {
  const next = { ...readSessionSettings(sessions), ...changes };
  if (next.lockAfterMinutes >= next.idleTimeoutMinutes) {
    throw new AppError('VALIDATION', 'The screen must lock before the session ends: use fewer minutes.', {
      issues: [{ path: 'lockAfterMinutes', message: 'Must be less than the idle timeout' }],
    });
  }
  const upsert = prepared(
    sql,
    `INSERT INTO "settings" ("key", "value") VALUES (?, ?)
     ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
  );
  for (const name of Object.keys(KEYS) as (keyof SessionSettings)[]) {
    const value = changes[name];
    if (value !== undefined) upsert.run(KEYS[name].key, JSON.stringify(value));
  }
  sessions.configure({
    idleMinutes: next.idleTimeoutMinutes,
    lifetimeHours: next.lifetimeHours,
    lockAfterMinutes: next.lockAfterMinutes,
  });
  return next;
}
