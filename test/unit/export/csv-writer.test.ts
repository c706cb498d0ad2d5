import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../../electron/export/cells';
import { centsToDecimal } from '../../../shared/money';
import { neutralize } from '../../../shared/spreadsheet-text';
import { csvRawRow, openCsvFile } from '../../../electron/export/csv-writer';
import { readCsv } from './read-csv';

const folder = mkdtempSync(join(tmpdir(), 'backroom-csv-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const COLUMNS: ColumnSpec[] = [
  { header: 'Name', type: 'text' },
  { header: 'Quantity', type: 'integer' },
  { header: 'Price (EUR)', type: 'money' },
  { header: 'Placed at (UTC)', type: 'datetime' },
  { header: 'Archived', type: 'boolean' },
];

async function write(name: string, rows: (string | number | boolean | null)[][]): Promise<string> {
  const path = join(folder, name);
  const writer = openCsvFile(path, COLUMNS);
  for (const row of rows) writer.write(row);
  await writer.finish();
  return path;
}

describe('CSV writer', () => {
  it('writes UTF-8 with a byte order mark, CRLF lines and a header', async () => {
    const path = await write('plain.csv', [['Brie', 3, 1250, '2026-03-14T09:30:00.000Z', false]]);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(
      '\uFEFFName,Quantity,Price (EUR),Placed at (UTC),Archived\r\nBrie,3,12.50,2026-03-14T09:30:00.000Z,false\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and keeps accents, through a strict reader', async () => {
    const awkward = [
      'Crème brûlée, "extra" fine',
      'Line one\r\nline two\nline three\rend',
      'Łódź — Zürich — 東京',
      '"',
      '',
      ' spaced ',
    ];
    const path = await write(
      'awkward.csv',
      awkward.map((name, index) => [name, index, index * 101, null, true]),
    );
    const [header, ...rows] = readCsv(path);
    expect(header).toEqual(COLUMNS.map((column) => column.header));
    expect(rows.map((row) => row[0])).toEqual(awkward);
    expect(rows.map((row) => row[2])).toEqual(['0.00', '1.01', '2.02', '3.03', '4.04', '5.05']);
    expect(rows.every((row) => row[3] === '' && row[4] === 'true')).toBe(true);
  });

  it('neutralizes text a spreadsheet would run as a formula, and leaves numbers alone', async () => {
    const attacks = ["=cmd|' /C calc'!A0", '+1', '-2', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
    const path = await write(
      'formulas.csv',
      attacks.map((text) => [text, -2, -1205, null, null]),
    );
    const rows = readCsv(path).slice(1);
    expect(rows.map((row) => row[0])).toEqual(attacks.map((text) => `'${text}`));
    expect(rows.every((row) => row[1] === '-2' && row[2] === '-12.05')).toBe(true);
    // Formula characters later in the text are harmless and stay as written.
    expect(neutralize('1+1=2')).toBe('1+1=2');
    expect(neutralize('Ready-made')).toBe('Ready-made');
  });

  it('writes cents as exact decimal amounts', () => {
    expect([0, 5, 99, 100, 123456789, -1, -100, -1205].map(centsToDecimal)).toEqual([
      '0.00',
      '0.05',
      '0.99',
      '1.00',
      '1234567.89',
      '-0.01',
      '-1.00',
      '-12.05',
    ]);
  });

  it('writes database values as stored, text made safe', () => {
    expect(csvRawRow([1, 2.5, null, 'a,b', '=1', Buffer.from('hi')])).toBe('1,2.5,,"a,b",\'=1,aGk=\r\n');
  });
});
