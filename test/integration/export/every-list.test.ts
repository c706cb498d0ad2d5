import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract';
import { EXPORT_LIST_CHANNELS, type ExportList } from '../../../shared/contract/exports';
import { exportList } from '../../../electron/export/export-list';
import { listExports } from '../../../electron/export/lists';
import { readCsv } from '../../unit/export/read-csv';
import { openExportWorld, quietRun, readContext, type ExportWorld } from './export-fixture';

/**
 * Every list exports, and holds as many rows as its channel's pages do with the same filters
 * (for the ranked top customers, as its largest page).
 */
describe('every exportable list', () => {
  let world: ExportWorld;
  let filters: Record<ExportList, Record<string, unknown>>;

  beforeAll(async () => {
    world = await openExportWorld();
    for (const [firstName, lastName] of [
      ['Zoë', 'Ångström'],
      ['=Evil', 'Formula'],
      ['Plain', 'Person'],
    ] as const)
      await world.t.ok('customers.create', { firstName, lastName }, world.clerk);
    const productId = (await world.t.ok('products.list', { limit: 1 }, world.admin)).items[0]!.id;
    filters = {
      products: { includeArchived: true },
      customers: {},
      orders: {},
      lowStock: {},
      stockMovements: { productId },
      purchaseOrders: {},
      topCustomers: { by: 'spend' },
      lapsedCustomers: { days: 30 },
      endOfDay: { date: '2026-01-15' },
      audit: { actionPrefix: 'customers.' },
    };
  }, 120_000);
  afterAll(() => world?.dispose());

  async function channelRows(list: ExportList): Promise<number> {
    const channel = EXPORT_LIST_CHANNELS[list] as ChannelName;
    if (list === 'endOfDay') return -1;
    if (list === 'topCustomers') {
      const top = (await world.t.ok(channel, { ...filters[list], limit: 100 } as never, world.admin)) as {
        items: unknown[];
      };
      return top.items.length;
    }
    let rows = 0;
    let cursor: string | null = null;
    do {
      const page = (await world.t.ok(
        channel,
        { ...filters[list], limit: 200, ...(cursor ? { cursor } : {}) } as never,
        world.admin,
      )) as { items: unknown[]; nextCursor: string | null };
      rows += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  for (const list of Object.keys(EXPORT_LIST_CHANNELS) as ExportList[]) {
    it(`exports ${list}`, async () => {
      const path = join(world.folder, `${list}.csv`);
      const written = await exportList(
        { list, filters: filters[list], format: 'csv', path },
        readContext(world),
        quietRun(),
      );
      const [header, ...rows] = readCsv(path);
      expect(header).toHaveLength(listExports[list].columns.length);
      expect(rows.every((row) => row.length === header!.length)).toBe(true);
      expect(rows).toHaveLength(written.rows);
      const expected = await channelRows(list);
      if (expected >= 0) expect(written.rows).toBe(expected);
      else expect(rows.length).toBeGreaterThan(10);
    });
  }

  it('finds the customers made, accents intact and formulas neutralized', async () => {
    const path = join(world.folder, 'customers-names.csv');
    await exportList({ list: 'customers', filters: {}, format: 'csv', path }, readContext(world), quietRun());
    const names = readCsv(path)
      .slice(1)
      .map((row) => `${row[0]} ${row[1]}`);
    expect(names).toEqual(["'=Evil Formula", 'Plain Person', 'Zoë Ångström']);
  });
});
