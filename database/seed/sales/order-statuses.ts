import { writeInChunks, type SeedContext } from '../seed-context';
import { DAY_MS, iso } from '../seed-time';

const ORDERS_PER_TRANSACTION = 50_000;

/**
 * Moves delivery orders along their lifecycle in bulk, through the transitions the status
 * trigger allows: phone and online orders older than a day were packed (paid → fulfilled), those
 * older than three days were delivered (fulfilled → delivered). Till orders stay 'paid': the
 * customer carried them out.
 */
export async function advanceOrderStatuses(ctx: SeedContext): Promise<void> {
  const { first, last } = ctx.db.prepare('SELECT MIN("id") AS "first", MAX("id") AS "last" FROM "orders"').get() as {
    first: number | null;
    last: number | null;
  };
  if (first === null || last === null) return;
  const fulfil = ctx.db.prepare(
    `UPDATE "orders" SET "status" = 'fulfilled', "updated_at" = strftime('%Y-%m-%dT%H:%M:%fZ', "placed_at", '+3 hours')
     WHERE "id" BETWEEN ? AND ? AND "channel" <> 'till' AND "status" = 'paid' AND "placed_at" < ?`,
  );
  const deliver = ctx.db.prepare(
    `UPDATE "orders" SET "status" = 'delivered', "updated_at" = strftime('%Y-%m-%dT%H:%M:%fZ', "placed_at", '+1 day')
     WHERE "id" BETWEEN ? AND ? AND "status" = 'fulfilled' AND "placed_at" < ?`,
  );
  const fulfilledBefore = iso(ctx.time.endMs - DAY_MS);
  const deliveredBefore = iso(ctx.time.endMs - 3 * DAY_MS);
  await writeInChunks(ctx, 'statuses', last - first + 1, ORDERS_PER_TRANSACTION, (from, to) => {
    fulfil.run(first + from, first + to - 1, fulfilledBefore);
    deliver.run(first + from, first + to - 1, deliveredBefore);
  });
}
