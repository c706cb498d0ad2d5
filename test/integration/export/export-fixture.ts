import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteOf } from '../../../database/data-source';
import { exportReadContext, type ExportActor } from '../../../electron/export/read-context';
import type { ExportRun } from '../../../electron/export/progress';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

/** Names a spreadsheet or a careless CSV writer gets wrong. */
export const AWKWARD_NAMES = [
  'Crème brûlée, "extra" fine',
  'Two lines\nof name',
  'Łódź Zürich 東京',
  "=cmd|' /C calc'!A0",
  '+1 Gouda',
  '-2 Edam',
  '@SUM Brie',
] as const;

/** More than one page of the list channels (200), so an export must follow the cursor. */
export const BRAND_A_PRODUCTS = 230;
export const BRAND_B_PRODUCTS = 20;

export interface ExportWorld {
  t: TestBackroom;
  admin: string;
  manager: string;
  clerk: string;
  adminActor: ExportActor;
  brandA: number;
  brandB: number;
  folder: string;
  dispose(): Promise<void>;
}

/**
 * A store with staff of every role and a catalog made through the contract: two brands, one with
 * more products than a page holds, some of them with names that test quoting and formulas.
 */
export async function openExportWorld(): Promise<ExportWorld> {
  const t = await openTestBackroom();
  const { admin: session, manager, clerk } = await setUpStoreTeam(t, { manager: 'mona', clerk: 'carl' });
  const admin = session.token;
  const brandA = (await t.ok('brands.create', { name: 'Amberfield' }, admin)).id;
  const brandB = (await t.ok('brands.create', { name: 'Bayview' }, admin)).id;
  const product = (index: number, brandId: number, name: string) =>
    t.ok(
      'products.create',
      {
        sku: `EXP-${String(index).padStart(4, '0')}`,
        name,
        brandId,
        priceCents: 100 + index,
        costCents: 50,
        taxRateBp: 825,
        reorderPoint: 5,
        reorderQty: 10,
        allowBackorder: false,
        attributes: {},
      },
      admin,
    );
  for (let index = 0; index < BRAND_A_PRODUCTS; index++)
    await product(index, brandA, AWKWARD_NAMES[index] ?? `Amberfield cheese ${index}`);
  for (let index = 0; index < BRAND_B_PRODUCTS; index++)
    await product(BRAND_A_PRODUCTS + index, brandB, `Bayview water ${index}`);
  const folder = mkdtempSync(join(tmpdir(), 'backroom-export-'));
  return {
    t,
    admin,
    manager,
    clerk,
    adminActor: { staffId: session.staff.id, role: 'admin', storeId: session.staff.storeId },
    brandA,
    brandB,
    folder,
    async dispose() {
      await t.dispose();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A read context on the test's own connection, as the export job builds on its thread. */
export function readContext(world: ExportWorld, actor: ExportActor = world.adminActor) {
  return exportReadContext(
    world.t.backroom.dataSource,
    sqliteOf(world.t.backroom.dataSource),
    actor,
    world.t.clock.now(),
  );
}

export function quietRun(signal = new AbortController().signal): ExportRun & { reports: number[] } {
  const reports: number[] = [];
  return { signal, reports, progress: (progress) => reports.push(progress.done) };
}
