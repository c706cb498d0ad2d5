import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backroom } from '../../helpers/cli';
import type { Manifest } from '../../../electron/export/manifest';
import { readCsv } from '../../unit/export/read-csv';
import { BRAND_B_PRODUCTS, openExportWorld, type ExportWorld } from './export-fixture';

describe('npm run backroom -- export', () => {
  let world: ExportWorld;
  beforeAll(async () => {
    world = await openExportWorld();
  }, 120_000);
  afterAll(() => world?.dispose());

  it('writes a filtered list to the file named, and says how much', async () => {
    const out = join(world.folder, 'bayview.csv');
    const filters = JSON.stringify({ brandId: world.brandB });
    const { code, out: printed } = await backroom(
      'export',
      'products',
      '--filters',
      filters,
      '--out',
      out,
      '--db',
      world.t.path,
    );
    expect(code).toBe(0);
    expect(printed).toContain(`Exported ${BRAND_B_PRODUCTS} rows to ${out}`);
    const [, ...rows] = readCsv(out);
    expect(rows.map((row) => row[4])).toEqual(Array(BRAND_B_PRODUCTS).fill('Bayview'));
    expect(readdirSync(world.folder).some((name) => name.endsWith('.partial'))).toBe(false);
  });

  it('writes the database as a zip with its manifest', async () => {
    const out = join(world.folder, 'all.zip');
    const { code } = await backroom('export', 'database', '--out', out, '--db', world.t.path);
    expect(code).toBe(0);
    const files = unzipSync(readFileSync(out));
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Manifest;
    expect(manifest.tables.find((table) => table.name === 'products')?.rows).toBe(250);
  });

  it('exits with 2 and says why on a wrong command line', async () => {
    const out = join(world.folder, 'never.csv');
    const db = ['--db', world.t.path];
    expect(await backroom('export', 'everything', '--out', out, ...db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown list "everything"'),
    });
    expect(await backroom('export', 'products', ...db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out'),
    });
    expect(await backroom('export', 'products', '--filters', '{"brandId":"x"}', '--out', out, ...db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--filters: brandId'),
    });
    expect(await backroom('export', 'products', '--format', 'pdf', '--out', out, ...db)).toMatchObject({ code: 2 });
    expect(await backroom('export', 'database', '--format', 'csv', '--out', out, ...db)).toMatchObject({ code: 2 });
    expect(await backroom('export', 'stockMovements', '--out', out, ...db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('productId'),
    });
    // Commands without arguments still refuse stray words.
    expect((await backroom('seed', 'extra', ...db)).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
