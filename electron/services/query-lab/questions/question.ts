import type Database from 'better-sqlite3';
import type { QuestionAnswer } from '../../../../shared/contract/query-lab';
import type { QuestionScope } from './scope';

/**
 * One ready-made question. Its title, description and the parameters it reads are in
 * shared/contract/query-lab.ts (QUESTIONS), where the screen reads them; its SQL is here, built on
 * the one sale definition of electron/services/sales/sale-sql.ts.
 */
export interface Question {
  answer(sql: Database.Database, scope: QuestionScope): QuestionAnswer;
}

/** Rows of a statement prepared with the scope's window first, then `params`. */
export function rowsOf<T>(sql: Database.Database, scope: QuestionScope, text: string, ...params: unknown[]): T[] {
  return sql.prepare(`${scope.windowCte}\n${text}`).all(...scope.windowParams, ...params) as T[];
}

/** Order `alias` placed within its store's window (joins "lab_window" as w). */
export const inWindow = (alias: string, column = 'placed_at', store = `${alias}."store_id"`) =>
  `JOIN "lab_window" w ON w."store_id" = ${store} AND ${alias}."${column}" >= w."from_at" AND ${alias}."${column}" < w."to_at"`;

export const CUSTOMER_NAME = `c."first_name" || ' ' || c."last_name"`;
