import type { EntityManager } from 'typeorm';
import { AppError } from '../../../shared/errors';
import { systemTimeZone } from '../../../shared/local-day';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { writeStoreUtcOffsets } from '../../../database/sales-rollups';
import { Store } from '../../../database/entities';
import { createStaff } from '../staff/create-staff';

export interface FirstRun {
  storeName: string;
  storeCode: string;
  adminDisplayName: string;
  adminUsername: string;
  adminPassword: string;
  /** Left out: the computer's own zone, which is where a first run happens. */
  timeZone?: string | undefined;
}

export async function needsSetup(manager: EntityManager): Promise<boolean> {
  const [row] = (await manager.query('SELECT COUNT(*) AS "count" FROM "staff_members"')) as { count: number }[];
  return row!.count === 0;
}

/**
 * First run: the store (in its time zone) and its first admin, together. Refused once anyone exists, so the
 * public setup channel cannot be used to add an admin later.
 */
export async function createFirstStore(manager: EntityManager, setup: FirstRun, now: Date): Promise<number> {
  if (!(await needsSetup(manager))) throw new AppError('CONFLICT', 'Backroom is already set up; log in instead.');
  const stamp = now.toISOString();
  const timeZone = setup.timeZone ?? systemTimeZone();
  const store = await manager.insert(Store, {
    uid: newUid(now.getTime()),
    code: setup.storeCode,
    name: setup.storeName,
    timeZone,
    createdAt: stamp,
    updatedAt: stamp,
  });
  const storeId = store.identifiers[0]!.id as number;
  writeStoreUtcOffsets(sqliteOf(manager.connection), storeId, timeZone);
  return createStaff(
    manager,
    {
      storeId,
      displayName: setup.adminDisplayName,
      username: setup.adminUsername,
      password: setup.adminPassword,
      role: 'admin',
    },
    now,
  );
}

export async function firstStoreName(manager: EntityManager): Promise<string | null> {
  const [row] = (await manager.query('SELECT "name" FROM "stores" ORDER BY "id" LIMIT 1')) as { name: string }[];
  return row?.name ?? null;
}
