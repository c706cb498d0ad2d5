import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { exportDatabase } from '../../../electron/export/full-export';
import { exportJob } from '../../../electron/jobs/export-job';
import type { Manifest } from '../../../electron/export/manifest';
import { parseCsv } from '../../unit/export/read-csv';
import { openExportWorld, quietRun, type ExportWorld } from './export-fixture';

/** The file's text as written, byte order mark included (TextDecoder would drop it). */
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('full database export', () => {
  let world: ExportWorld;
  let files: Record<string, Uint8Array>;
  let manifest: Manifest;
  let written: { rows: number; bytes: number; tables: number };

  beforeAll(async () => {
    world = await openExportWorld();
    const path = join(world.folder, 'backroom.zip');
    const sql = sqliteOf(world.t.backroom.dataSource);
    written = await exportDatabase(
      sql,
      { path, exportedAt: world.t.clock.now().toISOString(), storeId: world.adminActor.storeId },
      quietRun(),
    );
    files = unzipSync(readFileSync(path));
    manifest = JSON.parse(text(files['manifest.json']!)) as Manifest;
  }, 120_000);
  afterAll(() => world?.dispose());

  const sql = () => sqliteOf(world.t.backroom.dataSource);

  it('holds one CSV per table, with the row count and sha256 the manifest gives', () => {
    const tables = sql()
      .prepare(`SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    const searchIndexes = tables.filter((name) =>
      /^(product_search|product_trigram|customer_search|message_search)/.test(name),
    );
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(
      tables.filter((name) => !searchIndexes.includes(name)).sort(),
    );
    expect(manifest.leftOut.tables.map((table) => table.table).sort()).toEqual(searchIndexes.sort());
    expect(Object.keys(files).sort()).toEqual([...manifest.tables.map((table) => table.file), 'manifest.json'].sort());

    for (const table of manifest.tables) {
      const bytes = files[table.file]!;
      expect(createHash('sha256').update(bytes).digest('hex'), table.name).toBe(table.sha256);
      const count = sql().prepare(`SELECT COUNT(*) FROM "${table.name}"`).pluck().get();
      expect(table.rows, table.name).toBe(count);
      const [header, ...rows] = parseCsv(text(bytes));
      expect(header).toEqual(table.columns);
      expect(rows).toHaveLength(table.rows);
    }
    expect(written.tables).toBe(manifest.tables.length);
    expect(written.rows).toBe(manifest.tables.reduce((sum, table) => sum + table.rows, 0));
    expect(manifest.tables.find((table) => table.name === 'products')?.rows).toBe(250);
  });

  it('says what it was taken from', () => {
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; version: string };
    expect(manifest.app).toEqual({ name: packageJson.productName, version: packageJson.version });
    const lastMigration = sql().prepare('SELECT "name" FROM "migrations" ORDER BY "id" DESC LIMIT 1').pluck().get();
    expect(manifest.schemaVersion).toBe(lastMigration);
    expect(manifest.exportedAt).toBe(world.t.clock.now().toISOString());
    expect(manifest.store).toMatchObject({ id: world.adminActor.storeId, code: 'CG-01', name: 'Corner Grocery' });
  });

  it('writes rows in primary key order, values as stored and text made safe', () => {
    const [, ...rows] = parseCsv(text(files['products.csv']!));
    const columns = manifest.tables.find((table) => table.name === 'products')!.columns;
    const ids = rows.map((row) => Number(row[columns.indexOf('id')]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const names = rows.map((row) => row[columns.indexOf('name')]);
    expect(names).toContain('Crème brûlée, "extra" fine');
    expect(names).toContain('Two lines\nof name');
    expect(names).toContain("'=cmd|' /C calc'!A0");
    expect(rows.map((row) => row[columns.indexOf('price_cents')])).toContain('107');
  });

  it('leaves out password hashes and login state, and says so', () => {
    const staff = manifest.tables.find((table) => table.name === 'staff_members')!;
    expect(staff.columns).not.toContain('password_hash');
    expect(staff.rows).toBe(3);
    expect(manifest.leftOut.columns).toContainEqual(
      expect.objectContaining({ table: 'staff_members', column: 'password_hash' }),
    );
    const hashes = sql().prepare('SELECT "password_hash" FROM "staff_members"').pluck().all() as string[];
    expect(hashes).toHaveLength(3);
    for (const [name, bytes] of Object.entries(files))
      for (const hash of hashes) expect(text(bytes).includes(hash), name).toBe(false);
  });

  // Removing the cancelled export's file is the exports handler's: exports-channel.test.ts.
  it('stops when cancelled before it starts', async () => {
    const path = join(world.folder, 'cancelled.zip');
    const abort = new AbortController();
    abort.abort();
    const job = exportJob.run(
      {
        what: 'database',
        format: 'zip',
        actor: world.adminActor,
        now: world.t.clock.now().toISOString(),
        output: { fileId: 'cancelled', name: 'cancelled.zip', path },
      },
      {
        dataSource: world.t.backroom.dataSource,
        sql: sql(),
        signal: abort.signal,
        progress: () => undefined,
        discardWrites: () => undefined,
      },
    );
    await expect(job).rejects.toThrow(/abort/i);
  });
});
