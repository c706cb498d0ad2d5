import { cumulativeWeights, type SeededRandom } from './random';
import { writeInChunks, type SeedContext } from './seed-context';
import { DAY_MS, iso } from './seed-time';
import type { SeededStore } from './stores';
import { FIRST_NAMES, LAST_NAMES } from './words/people';

/**
 * Customers joined steadily from a year before the first sale until the end of the history, in
 * id order, so "who existed at time t" is a prefix of the ids: a sale never names a customer who
 * signed up after it.
 */
export interface SeededCustomers {
  ids: Int32Array;
  firstJoinedMs: number;
  joinIntervalMs: number;
}

const CUSTOMERS_PER_TRANSACTION = 20_000;
/** Reserved for documentation (RFC 2606), so demo emails can never reach a real person. */
const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org'];
const NOTES = [
  'Prefers paper receipts.',
  'Call before delivering.',
  'Collects phone orders on Fridays.',
  'Tax-exempt charity.',
];
/** Odd and not a multiple of 5, so i -> (i * PHONE_STRIDE + offset) mod 10^7 never repeats a number. */
const PHONE_STRIDE = 7_654_321;

export async function seedCustomers(
  ctx: SeedContext,
  random: SeededRandom,
  stores: readonly SeededStore[],
): Promise<SeededCustomers> {
  const count = ctx.scale.customers;
  const { endMs, historyStartMs } = ctx.time;
  const firstJoinedMs = historyStartMs - 365 * DAY_MS;
  const joinIntervalMs = (endMs - firstJoinedMs) / count;
  const storeWeights = cumulativeWeights(stores.map((store) => store.salesWeight));
  const phoneOffset = random.int(0, 9_999_999);
  const emailsPerName = new Map<string, number>();
  const ids = new Int32Array(count);
  const insert = ctx.db.prepare(
    `INSERT INTO "customers" ("uid", "first_name", "last_name", "email", "phone", "marketing_consent", "notes", "home_store_id",
       "archived_at", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  await writeInChunks(ctx, 'customers', count, CUSTOMERS_PER_TRANSACTION, (from, to) => {
    for (let index = from; index < to; index++) {
      const createdMs = Math.floor(firstJoinedMs + index * joinIntervalMs + random.next() * joinIntervalMs);
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      let email: string | null = null;
      if (random.chance(0.85)) {
        const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
        const seen = (emailsPerName.get(local) ?? 0) + 1;
        emailsPerName.set(local, seen);
        email = `${local}${seen === 1 ? '' : seen}@${random.pick(EMAIL_DOMAINS)}`;
      }
      const phone = random.chance(0.72)
        ? `+1555${String((index * PHONE_STRIDE + phoneOffset) % 10_000_000).padStart(7, '0')}`
        : null;
      const reachable = email !== null || phone !== null;
      const archivedMs = random.chance(0.005) ? Math.floor(createdMs + random.next() * (endMs - createdMs)) : null;
      const stamp = iso(createdMs);
      const result = insert.run(
        random.uid(createdMs),
        first,
        last,
        email,
        phone,
        reachable && random.chance(0.45) ? 1 : 0,
        random.chance(0.01) ? random.pick(NOTES) : null,
        random.chance(0.9) ? stores[random.weightedIndex(storeWeights)]!.id : null,
        archivedMs === null ? null : iso(archivedMs),
        stamp,
        archivedMs === null ? stamp : iso(archivedMs),
      );
      ids[index] = Number(result.lastInsertRowid);
    }
  });
  return { ids, firstJoinedMs, joinIntervalMs };
}
