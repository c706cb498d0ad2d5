import { writeStoreUtcOffsets } from '../sales-rollups';
import type { SeededRandom } from './random';
import { inSeedTransaction, type SeedContext } from './seed-context';
import { iso } from './seed-time';
import { CHAIN_NAME, STORE_SITES } from './words/places';

export interface SeededStore {
  id: number;
  /** Where the store's wall clocks are: it trades 08:00–21:00 local time. */
  timeZone: string;
  /** Relative share of the chain's trade; the first store is the flagship. */
  salesWeight: number;
}

/**
 * The chain's stores. Stores already in the file (the one created at first run) are kept as the
 * first ones, in their own time zone; the rest are added from the demo sites, skipping codes
 * already in use.
 */
export function seedStores(ctx: SeedContext, random: SeededRandom): SeededStore[] {
  const existing = ctx.db.prepare('SELECT "id", "code", "time_zone" FROM "stores" ORDER BY "id"').all() as {
    id: number;
    code: string;
    time_zone: string;
  }[];
  const usedCodes = new Set(existing.map((store) => store.code));
  const freeSites = STORE_SITES.filter((site) => !usedCodes.has(site.code));
  const missing = Math.max(0, ctx.scale.stores - existing.length);
  if (missing > freeSites.length) throw new Error(`The demo data knows ${STORE_SITES.length} store sites at most.`);

  const insert = ctx.db.prepare(
    `INSERT INTO "stores" ("uid", "code", "name", "address", "currency", "time_zone", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stores = existing.map((store) => ({ id: store.id, timeZone: store.time_zone }));
  inSeedTransaction(ctx.db, () => {
    freeSites.slice(0, missing).forEach((site, index) => {
      const createdMs = ctx.time.setupMs + index * 3_600_000;
      const stamp = iso(createdMs);
      const result = insert.run(
        random.uid(createdMs),
        site.code,
        `${CHAIN_NAME} ${site.area}`,
        site.address,
        'USD',
        site.zone,
        stamp,
        stamp,
      );
      const id = Number(result.lastInsertRowid);
      writeStoreUtcOffsets(ctx.db, id, site.zone);
      stores.push({ id, timeZone: site.zone });
    });
  });

  return stores.map((store, index) => ({ ...store, salesWeight: index === 0 ? 1.5 : 0.7 + random.next() * 0.6 }));
}
