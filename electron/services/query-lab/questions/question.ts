import type Database from 'better-sqlite3';
import type { QuestionAnswer } from '../../../../shared/contract/query-lab';
import { isCountedInteraction } from '../../../../database/migrations/0027-customer-interaction-totals/interaction-count';
import { isStandingSale } from '../../sales/sale-sql';
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

/**
 * The interactions in the window that count by themselves (interaction-count.ts), as `i` with
 * their customer `c`: each belongs to the store of the sale it came with, else the customer's home
 * store, else the first store (a customer signed up before stores had homes), and to its days.
 */
export const COUNTED_INTERACTIONS_IN_WINDOW = `
  FROM "customer_interactions" i JOIN "customers" c ON c."id" = i."customer_id"
  ${inWindow(
    'i',
    'occurred_at',
    `COALESCE((SELECT so."store_id" FROM "orders" so WHERE so."id" = i."order_id"), c."home_store_id",
      (SELECT MIN(first."id") FROM "stores" first))`,
  )}
  WHERE ${isCountedInteraction('i')}`;

/**
 * The purchases in the window as interaction-count.ts counts them, one row per product of each
 * customer's standing sale placed there, each with `columns` of its order `o` and window `w`.
 */
export const purchasesInWindow = (columns: string) => `
  SELECT DISTINCT ${columns}, l."order_id", l."product_id"
  FROM "orders" o ${inWindow('o')} JOIN "order_lines" l ON l."order_id" = o."id"
  WHERE o."customer_id" IS NOT NULL AND ${isStandingSale('o')}`;

export const CUSTOMER_NAME = `c."first_name" || ' ' || c."last_name"`;
