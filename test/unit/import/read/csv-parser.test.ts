import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../../electron/import/read/csv-parser';
import type { SourceRow } from '../../../../electron/import/read/table-source';

/** Parses `text` cut into chunks of `size` characters (every size must give the same rows). */
function parse(text: string, size = text.length || 1, delimiter = ','): SourceRow[] {
  const parser = new CsvParser({ delimiter });
  const rows: SourceRow[] = [];
  for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size), rows);
  parser.end(rows);
  return rows;
}

/** The same rows whatever the chunk boundaries, down to one character at a time. */
function parseEverySplit(text: string, delimiter = ','): SourceRow[] {
  const whole = parse(text, text.length || 1, delimiter);
  for (const size of [1, 2, 3, 5, 7]) expect(parse(text, size, delimiter)).toEqual(whole);
  return whole;
}

describe('CSV parser', () => {
  it('reads plain records with LF, CRLF and CR line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const rows = parseEverySplit(`a,b,c${eol}1,2,3${eol}4,,6${eol}`);
      expect(rows).toEqual([
        { rowNumber: 1, cells: ['a', 'b', 'c'] },
        { rowNumber: 2, cells: ['1', '2', '3'] },
        { rowNumber: 3, cells: ['4', '', '6'] },
      ]);
    }
  });

  it('reads the last record without a final line break, and a trailing empty field', () => {
    expect(parseEverySplit('a,b\n1,')).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 2, cells: ['1', ''] },
    ]);
  });

  it('reads quoted fields with delimiters, "" escapes and embedded line breaks, numbering rows by their first line', () => {
    const text = 'id,note,city\r\n1,"Says ""hi"", then leaves",Paris\r\n2,"two\r\nlines\nthree",Lyon\r\n3,"",""\r\n';
    expect(parseEverySplit(text)).toEqual([
      { rowNumber: 1, cells: ['id', 'note', 'city'] },
      { rowNumber: 2, cells: ['1', 'Says "hi", then leaves', 'Paris'] },
      { rowNumber: 3, cells: ['2', 'two\r\nlines\nthree', 'Lyon'] },
      { rowNumber: 6, cells: ['3', '', ''] },
    ]);
  });

  it('reads a field made only of escaped quotes', () => {
    expect(parseEverySplit('""""\n""""""')).toEqual([
      { rowNumber: 1, cells: ['"'] },
      { rowNumber: 2, cells: ['""'] },
    ]);
  });

  it('skips empty lines but keeps counting them', () => {
    expect(parseEverySplit('a;b\r\n\r\n1;2\n\n\n3;4', ';')).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 3, cells: ['1', '2'] },
      { rowNumber: 6, cells: ['3', '4'] },
    ]);
  });

  it('keeps stray quotes in unquoted fields and text after a closing quote', () => {
    expect(parseEverySplit('5" pipe,"quoted"tail\tx', ',')).toEqual([
      { rowNumber: 1, cells: ['5" pipe', 'quotedtail\tx'] },
    ]);
  });

  it('uses any one-character delimiter', () => {
    expect(parseEverySplit('a\tb|c\n"x\ty"\tz', '\t')).toEqual([
      { rowNumber: 1, cells: ['a', 'b|c'] },
      { rowNumber: 2, cells: ['x\ty', 'z'] },
    ]);
  });

  it('flags the last row when the text ends inside a quoted field', () => {
    const rows = parseEverySplit('a,b\n1,"unfinished\nstill going');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ rowNumber: 2, cells: ['1', 'unfinished\nstill going'] });
    expect(rows[1]!.problem).toMatch(/ends inside a quoted field.*line 2/);
  });

  it('refuses a field past the limit without keeping it, and reads on', () => {
    const parser = new CsvParser({ delimiter: ',', maxFieldChars: 10 });
    const rows: SourceRow[] = [];
    const long = 'x'.repeat(25);
    for (const chunk of ['a,"', long.slice(0, 12), long.slice(12), '"\nb,c\n']) parser.push(chunk, rows);
    parser.end(rows);
    expect(rows[0]).toMatchObject({ rowNumber: 1, cells: ['a', ''] });
    expect(rows[0]!.problem).toMatch(/longer than 10 characters/);
    expect(rows[1]).toEqual({ rowNumber: 2, cells: ['b', 'c'] });
  });

  it('refuses a row with too many fields', () => {
    const parser = new CsvParser({ delimiter: ',', maxFields: 3 });
    const rows: SourceRow[] = [];
    parser.push('1,2,3,4,5\n6,7\n', rows);
    parser.end(rows);
    expect(rows[0]).toMatchObject({ cells: ['1', '2', '3'] });
    expect(rows[0]!.problem).toMatch(/more than 3 fields/);
    expect(rows[1]).toEqual({ rowNumber: 2, cells: ['6', '7'] });
  });
});
