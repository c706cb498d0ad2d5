import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

export interface StoreRef {
  id: number;
  name: string;
}

/** The store a call is about, refused as NOT_FOUND when it does not exist. */
export function requireStore(sql: Database.Database, storeId: number): StoreRef {
  const store = prepared(sql, 'SELECT "id", "name" FROM "stores" WHERE "id" = ?').get(storeId) as StoreRef | undefined;
  if (!store) throw new AppError('NOT_FOUND', 'That store does not exist.', { storeId });
  return store;
}
