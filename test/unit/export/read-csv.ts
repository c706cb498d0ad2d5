import { readFileSync } from 'node:fs';

/**
 * A strict RFC 4180 reader for checking what the exporter wrote: the byte order mark, CRLF
 * between records (a bare LF or CR only inside quotes), quotes doubled inside quoted fields.
 * Anything else throws, so a test fails on a malformed file rather than reading around it.
 */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('No byte order mark');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 1;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' && field === '') {
      index++;
      for (;;) {
        const quoted = text[index];
        if (quoted === undefined) throw new Error('Unterminated quote');
        if (quoted === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        field += quoted;
        index++;
      }
      const after = text[index];
      if (after !== ',' && after !== '\r') throw new Error(`Text after a closing quote at ${index}`);
      continue;
    }
    if (char === ',') {
      endField();
      index++;
    } else if (char === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`Bare CR at ${index}`);
      endField();
      records.push(record);
      record = [];
      index += 2;
    } else if (char === '\n' || char === '"') {
      throw new Error(`Unquoted ${JSON.stringify(char)} at ${index}`);
    } else {
      field += char;
      index++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('The last record does not end with CRLF');
  return records;
}

export function readCsv(path: string): string[][] {
  return parseCsv(readFileSync(path, 'utf8'));
}
