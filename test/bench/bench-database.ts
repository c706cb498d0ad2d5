import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../database/data-source';
import { SEED_VERSION, seedDatabase, type SeedScale } from '../../database/seed';
import { progressPrinter } from '../../electron/cli/progress';
import { systemClock } from '../../electron/host/clock';
import { hashPassword } from '../../electron/services/auth/password';

const CACHE_FOLDER = join(import.meta.dirname, '..', '..', 'bench', 'cache');

/**
 * The seeded database the benchmarks read, built once per scale, seed version and day, and kept
 * under bench/cache (ignored by git). The demo history ends at the start of the day it is built,
 * so a file from another day would measure low stock, lapsed customers and "last 30 days" against
 * a stale calendar: the day is part of the name, and this version's files of other days are
 * removed when a new one is built. It is built under a temporary name and renamed when complete, so an
 * interrupted build is never mistaken for a finished one. Returns the build time when it built.
 */
export async function benchDatabase(scale: SeedScale): Promise<{ path: string; buildMs: number | null }> {
  const endAt = systemClock.now();
  const day = endAt.toISOString().slice(0, 10);
  const path = join(CACHE_FOLDER, `${scale}-${SEED_VERSION}-${day}.sqlite`);
  if (existsSync(path)) return { path, buildMs: null };

  mkdirSync(CACHE_FOLDER, { recursive: true });
  removeOlderBuilds(scale);
  const building = path.replace(/\.sqlite$/, '.building.sqlite');
  process.stdout.write(`Building the ${scale} benchmark database for ${day} (the large one takes minutes): ${path}\n`);
  const started = performance.now();
  const dataSource = await openDatabase(building);
  const progress = progressPrinter(process.stdout);
  await seedDatabase(dataSource, { scale, endAt, hashPassword, onProgress: progress.update });
  progress.finish();
  // Closing checkpoints the WAL into the file, so the renamed file is complete on its own.
  await dataSource.destroy();
  renameSync(building, path);
  return { path, buildMs: performance.now() - started };
}

/** Cached files of this scale and seed version from other days, and any interrupted build. */
function removeOlderBuilds(scale: SeedScale): void {
  for (const name of readdirSync(CACHE_FOLDER)) {
    if (name.startsWith(`${scale}-${SEED_VERSION}-`)) rmSync(join(CACHE_FOLDER, name), { force: true });
  }
}
