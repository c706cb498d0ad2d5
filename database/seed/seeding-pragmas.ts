import type Database from 'better-sqlite3';

/**
 * Page cache while seeding, in KiB: 1 GiB at most, allocated only as pages are used. Sales touch
 * stock levels and product indexes at random; with the default 2 MiB cache every touch reads a
 * page back.
 */
const SEED_CACHE_KIB = 1_048_576;

/**
 * Runs `seed` with connection settings suited to bulk writes, then restores the previous ones.
 * temp_store = MEMORY keeps statement journals in memory: every insert that fires a trigger
 * which may abort (the ledger's stock check) journals the pages it changes, and in a temp file
 * that made half of the large seed's time system calls. Neither setting changes what is written.
 */
export async function withSeedingPragmas<T>(db: Database.Database, seed: () => Promise<T>): Promise<T> {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma(`cache_size = -${SEED_CACHE_KIB}`);
  db.pragma('temp_store = MEMORY');
  try {
    return await seed();
  } finally {
    db.pragma(`temp_store = ${tempStore}`);
    db.pragma(`cache_size = ${cacheSize}`);
  }
}
