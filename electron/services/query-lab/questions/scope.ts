import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { questionParams } from '../../../../shared/contract/query-lab';
import { AppError } from '../../../../shared/errors';
import { addDays, localDate, localDaysRange } from '../../../../shared/local-day';
import type { Actor } from '../../../host/sessions';
import { assertStoreScope } from '../../permissions/store-scope';

export type Params = z.output<typeof questionParams>;

/** One store in a question's scope, with its own days as UTC instants [from, to). */
interface StoreWindow {
  storeId: number;
  timeZone: string;
  from: string;
  to: string;
}

/** What a question reads: its stores, each with its window, and the days asked about. */
export interface QuestionScope {
  windows: StoreWindow[];
  /** Null when no store was named (an admin asking about every store). */
  storeId: number | null;
  fromDay: string | null;
  toDay: string | null;
  limit: number;
  groupBy: Params['groupBy'];
  /**
   * `WITH "lab_window"("store_id", "from_at", "to_at") AS (VALUES ...)`: every store in scope with its
   * window, each on its own clock. Its values are `windowParams`, bound first.
   */
  windowCte: string;
  windowParams: (string | number)[];
}

/** The days a question covers when none are given: the 28 store-local days ending today. */
const DEFAULT_DAYS = 28;

/**
 * A manager's questions cover their own store (asking for another is refused); an admin's cover
 * the store named or, without one, every store. Days are read on each store's own clock.
 */
export function questionScope(sql: Database.Database, actor: Actor, params: Params, now: Date): QuestionScope {
  const storeId = params.storeId ?? (actor.role === 'admin' ? null : actor.storeId);
  if (storeId !== null) assertStoreScope(actor, storeId);
  const stores = (
    storeId === null
      ? sql.prepare('SELECT "id", "time_zone" AS "timeZone" FROM "stores" ORDER BY "id"').all()
      : sql.prepare('SELECT "id", "time_zone" AS "timeZone" FROM "stores" WHERE "id" = ?').all(storeId)
  ) as { id: number; timeZone: string }[];
  if (stores.length === 0) throw new AppError('NOT_FOUND', 'There is no such store.');

  const windows = stores.map((store) => {
    const toDay = params.toDay ?? localDate(store.timeZone, now);
    const fromDay = params.fromDay ?? addDays(toDay, -(DEFAULT_DAYS - 1));
    return {
      storeId: store.id,
      timeZone: store.timeZone,
      fromDay,
      toDay,
      ...localDaysRange(store.timeZone, fromDay, toDay),
    };
  });
  // Every store's days are the same dates unless "today" differs between their clocks.
  const first = windows[0]!;
  const sameDays = windows.every((window) => window.fromDay === first.fromDay && window.toDay === first.toDay);
  return {
    windows,
    storeId,
    fromDay: sameDays ? first.fromDay : null,
    toDay: sameDays ? first.toDay : null,
    limit: params.limit,
    groupBy: params.groupBy,
    windowCte: `WITH "lab_window"("store_id", "from_at", "to_at") AS (VALUES ${windows.map(() => '(?, ?, ?)').join(', ')})`,
    windowParams: windows.flatMap((window) => [window.storeId, window.from, window.to]),
  };
}
