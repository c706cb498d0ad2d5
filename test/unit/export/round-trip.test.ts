import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../electron/export/cells';
import { openTableWriter } from '../../../electron/export/table-writer';
import { openTableSource, type SourceRow } from '../../../electron/import/read/table-source';

const folder = mkdtempSync(join(tmpdir(), 'backroom-round-trip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const COLUMNS: ColumnSpec[] = [
  { header: 'Name', type: 'text' },
  { header: 'Note', type: 'text' },
  { header: 'Quantity', type: 'integer' },
];

const NAMES = [
  'Crème brûlée, "extra" fine',
  'Two lines\r\nof name',
  'Łódź — Zürich — 東京',
  'Ünïcödé\nand a bare line feed',
  'Plain',
];

/** What an export writes, Backroom's own importer reads back: accents, quotes and line breaks intact. */
describe('export and import agree', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`reads back an exported ${format} file`, async () => {
      const path = join(folder, `names.${format}`);
      const writer = await openTableWriter(format, path, COLUMNS);
      NAMES.forEach((name, index) => writer.write([name, index % 2 ? null : `=note ${index}`, index]));
      await writer.finish();

      const source = await openTableSource(path);
      const rows: SourceRow[] = [];
      try {
        for await (const row of source.rows()) rows.push(row);
      } finally {
        await source.close();
      }
      expect(source.format).toBe(format);
      expect(source.header).toEqual(['Name', 'Note', 'Quantity']);
      expect(rows.every((row) => row.problem === undefined)).toBe(true);
      // A spreadsheet cell breaks lines with a line feed only.
      const expected = format === 'csv' ? NAMES : NAMES.map((name) => name.replace(/\r\n/g, '\n'));
      expect(rows.map((row) => row.cells[0])).toEqual(expected);
      expect(rows.map((row) => row.cells[2])).toEqual(['0', '1', '2', '3', '4']);
      expect(rows[0]!.cells[1]).toBe("'=note 0");
    });
  }
});
