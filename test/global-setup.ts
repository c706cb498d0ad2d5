import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../database/data-source';
import { TEMPLATE_VARIABLE } from './helpers/database';

/** scrypt at 2^12 rather than 2^17 for the hashes tests make (electron/services/auth/password.ts). */
const TEST_SCRYPT_LOG2_N = '12';

/**
 * Before any test starts: makes staff passwords cheap to hash, and runs every migration once on
 * an empty file, of which each test's fresh database is a copy (`freshDatabaseAt`), so hundreds
 * of fixtures do not migrate again. Both reach the test processes in the environment they inherit.
 */
export async function setup(): Promise<() => void> {
  process.env.BACKROOM_TEST_SCRYPT_LOG2_N = TEST_SCRYPT_LOG2_N;
  const folder = mkdtempSync(join(tmpdir(), 'backroom-template-'));
  const path = join(folder, 'migrated.sqlite');
  // Closing checkpoints the WAL into the file, so a copy of the file alone is complete.
  await (await openDatabase(path)).destroy();
  process.env[TEMPLATE_VARIABLE] = path;
  return () => rmSync(folder, { recursive: true, force: true });
}
