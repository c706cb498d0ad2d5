import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource, type SourceRow, type TableSource } from '../../../../electron/import/read/table-source';
import { AppError } from '../../../../shared/errors';

const NORTHWIND = join(__dirname, '../../../fixtures/northwind');
const folder = mkdtempSync(join(tmpdir(), 'backroom-read-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(source: TableSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  await source.close();
  return rows;
}

async function refusal(path: string, options?: Parameters<typeof openTableSource>[1]): Promise<AppError> {
  const error = await openTableSource(path, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('VALIDATION');
  return error as AppError;
}

describe('reading CSV files', () => {
  it('reads Northwind employees: quoted line breaks, "" escapes, rows numbered by their first line', async () => {
    const source = await openTableSource(join(NORTHWIND, 'employees.csv'));
    expect(source).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(source.header).toHaveLength(17);
    expect(source.header.slice(0, 3)).toEqual(['EmployeeID', 'LastName', 'FirstName']);
    const rows = await readAll(source);
    expect(rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 9, 11, 12]);
    expect(rows.every((row) => row.cells.length === 17 && row.problem === undefined)).toBe(true);
    const suyama = rows.find((row) => row.cells[1] === 'Suyama')!;
    expect(suyama.cells[7]).toBe('Coventry House\nMiner Rd.');
    expect(rows[0]!.cells[14]).toContain('She also completed "The Art of the Cold Call."');
  });

  it('reads every Northwind table with the counts of its readme, accents intact', async () => {
    const expected = {
      'customers.csv': [91, 11],
      'orders.csv': [830, 14],
      'order_details.csv': [2155, 5],
      'products.csv': [77, 10],
    };
    for (const [name, [count, columns]] of Object.entries(expected)) {
      const source = await openTableSource(join(NORTHWIND, name));
      expect(source.header, name).toHaveLength(columns!);
      const rows = await readAll(source);
      expect(rows, name).toHaveLength(count!);
      if (name === 'customers.csv') {
        expect(rows.find((row) => row.cells[0] === 'ANTON')!.cells).toContain('Antonio Moreno Taquería');
        expect(rows.filter((row) => row.cells[5] === 'México D.F.')).toHaveLength(5);
      }
    }
  });

  it('detects Windows-1252 when the bytes are not UTF-8, and semicolons', async () => {
    const text = 'Nom;Ville;Prix\r\nCrème brûlée;Besançon;4,50 €\r\nŒufs;Nîmes;2,10 €\r\n';
    const path = file('legacy.csv', Buffer.from(new TextEncoderWindows1252().encode(text)));
    const source = await openTableSource(path);
    expect(source).toMatchObject({ encoding: 'windows-1252', delimiter: ';', header: ['Nom', 'Ville', 'Prix'] });
    expect((await readAll(source)).map((row) => row.cells)).toEqual([
      ['Crème brûlée', 'Besançon', '4,50 €'],
      ['Œufs', 'Nîmes', '2,10 €'],
    ]);
  });

  it('sniffs tabs and pipes, and takes a delimiter when told', async () => {
    const tabs = await openTableSource(file('tabs.tsv', 'sku\tname\tnote\nA-1\tTea, green\t"a\tb"\n'));
    expect(tabs.delimiter).toBe('\t');
    expect((await readAll(tabs))[0]!.cells).toEqual(['A-1', 'Tea, green', 'a\tb']);
    const pipes = await openTableSource(file('pipes.txt', 'a|b\n1|2\n'));
    expect(pipes.delimiter).toBe('|');
    await pipes.close();
    const told = await openTableSource(file('told.csv', 'a;b,c\n1;2,3\n'), { delimiter: ',' });
    expect(told.header).toEqual(['a;b', 'c']);
    await told.close();
  });

  it('is not misled by commas inside quotes or decimal commas', async () => {
    const source = await openTableSource(file('decimal.csv', 'name;price\n"Smith, John";2,5\nDoe;3,75\n'));
    expect(source.delimiter).toBe(';');
    expect((await readAll(source)).map((row) => row.cells)).toEqual([
      ['Smith, John', '2,5'],
      ['Doe', '3,75'],
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads CRLF', async () => {
    const source = await openTableSource(file('bom.csv', '\uFEFFcode,name\r\nX1,Éclair\r\n'));
    expect(source.header).toEqual(['code', 'name']);
    expect((await readAll(source)).map((row) => row.cells)).toEqual([['X1', 'Éclair']]);
  });

  it('decodes UTF-16 with a byte-order mark (Excel "Unicode text")', async () => {
    const path = file(
      'unicode.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku\tname\r\nB-2\tSmørrebrød\r\n', 'utf16le')]),
    );
    const source = await openTableSource(path);
    expect(source).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', header: ['sku', 'name'] });
    expect((await readAll(source))[0]!.cells).toEqual(['B-2', 'Smørrebrød']);
  });

  it('gives the last row of a file cut inside a quoted field a problem', async () => {
    const source = await openTableSource(file('truncated.csv', 'id,note\n1,fine\n2,"this note was cut'));
    const rows = await readAll(source);
    expect(rows[0]).toEqual({ rowNumber: 2, cells: ['1', 'fine'] });
    expect(rows[1]).toMatchObject({ rowNumber: 3, cells: ['2', 'this note was cut'] });
    expect(rows[1]!.problem).toMatch(/ends inside a quoted field/);
  });

  it('refuses a field past 1 MiB as a problem row and reads on', async () => {
    const huge = 'x'.repeat(1024 * 1024 + 10);
    const source = await openTableSource(file('huge-field.csv', `id,note\n1,"${huge}"\n2,small\n`));
    const rows = await readAll(source);
    expect(rows[0]!.problem).toMatch(/longer than 1,048,576 characters/);
    expect(rows[0]!.cells).toEqual(['1', '']);
    expect(rows[1]).toEqual({ rowNumber: 3, cells: ['2', 'small'] });
  });

  it('flags rows with bytes that are not UTF-8 past the part the encoding was guessed from', async () => {
    const start = Buffer.from(`id,name\n${'1,plain\n'.repeat(10_000)}`);
    const path = file(
      'late-latin.csv',
      Buffer.concat([start, Buffer.from([0x32, 0x2c, 0x43, 0x72, 0xe8, 0x6d, 0x65, 0x0a])]),
    );
    const rows = await readAll(await openTableSource(path));
    expect(rows.slice(0, -1).every((row) => row.problem === undefined)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ rowNumber: 10_002, cells: ['2', 'Cr\uFFFDme'] });
    expect(rows.at(-1)!.problem).toMatch(/not valid UTF-8.*Windows-1252/);
    // Told the encoding, the same file reads cleanly.
    const told = await readAll(await openTableSource(path, { encoding: 'windows-1252' }));
    expect(told.at(-1)).toEqual({ rowNumber: 10_002, cells: ['2', 'Crème'] });
  });

  it('refuses what is not a table', async () => {
    expect((await refusal(file('empty.csv', ''))).message).toMatch(/empty/);
    await refusal(file('blank.csv', '\r\n\r\n\n'));
    const png = Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      ...Array(200).fill(3),
    ]);
    expect((await refusal(file('picture.csv', png))).message).toMatch(/binary/);
    const zip = zipSync({ 'notes.txt': strToU8('hello') });
    expect((await refusal(file('archive.csv', Buffer.from(zip)))).message).toMatch(/zip archive/);
    await refusal(file('archive.xlsx', Buffer.from(zip)));
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(100).fill(0)]);
    expect((await refusal(file('old.xls', xls))).message).toMatch(/\.xls/);
    await refusal(file('text-as-xlsx.csv', 'a,b\n1,2\n'), { format: 'xlsx' });
    await refusal(folder);
    await expect(openTableSource(join(folder, 'missing.csv'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('streams a large file: every row counted, read in pieces as the rows are taken', async () => {
    const path = join(folder, 'large.csv');
    const count = 200_000;
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(path);
      out.on('error', reject);
      out.write('id,name,quantity,note\r\n');
      let batch = '';
      for (let i = 1; i <= count; i++) {
        batch +=
          i % 1000 === 0 ? `${i},"Item ""${i}""",${i % 7},"line one\r\nline two"\r\n` : `${i},Item ${i},${i % 7},\r\n`;
        if (i % 10_000 === 0) {
          out.write(batch);
          batch = '';
        }
      }
      out.end(resolve);
    });
    const source = await openTableSource(path);
    const total = source.progress().total;
    expect(source.progress().done).toBeLessThan(total / 4);
    let rows = 0;
    let quantity = 0;
    let lastRowNumber = 0;
    let misread = 0;
    for await (const row of source.rows()) {
      rows++;
      quantity += Number(row.cells[2]);
      if (row.cells.length !== 4 || row.problem !== undefined) misread++;
      lastRowNumber = row.rowNumber;
    }
    expect(rows).toBe(count);
    expect(misread).toBe(0);
    expect(quantity).toBe(Array.from({ length: count }, (_, i) => (i + 1) % 7).reduce((a, b) => a + b, 0));
    // Every 1000th record spans two lines.
    expect(lastRowNumber).toBe(1 + count + (count / 1000 - 1));
    expect(source.progress()).toEqual({ done: total, total });
  });
});

/** Windows-1252 bytes for the few characters these tests use (TextEncoder writes only UTF-8). */
class TextEncoderWindows1252 {
  encode(text: string): number[] {
    const special: Record<string, number> = { '€': 0x80, Œ: 0x8c };
    return [...text].map((char) => special[char] ?? char.charCodeAt(0));
  }
}
