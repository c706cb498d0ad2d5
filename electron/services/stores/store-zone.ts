import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

export interface ZonedStore {
  id: number;
  code: string;
  name: string;
  timeZone: string;
}

/** A store with the time zone its days are counted in; NOT_FOUND when there is no such store. */
export function requireZonedStore(sql: Database.Database, storeId: number): ZonedStore {
  const store = prepared(
    sql,
    'SELECT "id", "code", "name", "time_zone" AS "timeZone" FROM "stores" WHERE "id" = ?',
  ).get(storeId) as ZonedStore | undefined;
  if (!store) throw new AppError('NOT_FOUND', 'That store does not exist.', { storeId });
  return store;
}
