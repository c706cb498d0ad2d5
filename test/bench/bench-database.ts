import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../database/data-source';
import { SEED_VERSION, seedDatabase, type SeedScale } from '../../database/seed';
import { progressPrinter } from '../../electron/cli/progress';
import { hashPassword } from '../../electron/services/auth/password';

const CACHE_FOLDER = join(import.meta.dirname, '..', '..', 'bench', 'cache');

/**
 * The seeded database the benchmarks read, built once per scale and seed version and kept under
 * bench/cache (ignored by git). It is built under a temporary name and renamed when complete, so
 * an interrupted build is never mistaken for a finished one. Returns the build time when it built.
 */
export async function benchDatabase(scale: SeedScale): Promise<{ path: string; buildMs: number | null }> {
  const path = join(CACHE_FOLDER, `${scale}-${SEED_VERSION}.sqlite`);
  if (existsSync(path)) return { path, buildMs: null };

  mkdirSync(CACHE_FOLDER, { recursive: true });
  const building = path.replace(/\.sqlite$/, '.building.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  process.stdout.write(`Building the ${scale} benchmark database once (the large one takes minutes): ${path}\n`);
  const started = performance.now();
  const dataSource = await openDatabase(building);
  const progress = progressPrinter(process.stdout);
  await seedDatabase(dataSource, { scale, hashPassword, onProgress: progress.update });
  progress.finish();
  // Closing checkpoints the WAL into the file, so the renamed file is complete on its own.
  await dataSource.destroy();
  renameSync(building, path);
  return { path, buildMs: performance.now() - started };
}
