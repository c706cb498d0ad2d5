import type Database from 'better-sqlite3';
import type { AuthedContext } from '../../host/context';

/**
 * What every catalog write needs: the connection inside the dispatcher's transaction, who is
 * writing (products.updated_by, which the price history trigger records) and when.
 */
export interface CatalogWriter {
  sql: Database.Database;
  staffId: number;
  /** ISO-8601 UTC from the context's clock, the same for every row of one call. */
  now: string;
}

export function catalogWriter(ctx: AuthedContext): CatalogWriter {
  return { sql: ctx.sql, staffId: ctx.actor.staffId, now: ctx.clock.now().toISOString() };
}
