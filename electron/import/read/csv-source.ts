import { createReadStream } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { CsvParser } from './csv-parser';
import { chooseEncoding } from './encoding';
import type { InspectedFile } from './inspect-file';
import { sniffDelimiter } from './sniff-delimiter';
import type { SourceRow, TableSource, TableSourceOptions } from './table-source';

/** Large enough that per-read overhead vanishes, small enough to stay a blip in memory. */
const READ_CHUNK_BYTES = 256 * 1024;

const NOT_UTF8 =
  'This row has bytes that are not valid UTF-8 (shown as �); the file may be in another encoding, such as Windows-1252.';

/** A CSV file read as a stream: decoded chunk by chunk, parsed record by record. */
export async function openCsvSource(
  path: string,
  inspected: Extract<InspectedFile, { kind: 'text' }>,
  options: TableSourceOptions,
): Promise<TableSource> {
  const { head, whole, bom, size } = inspected;
  const encoding = chooseEncoding(head, whole, bom, options.encoding);
  // UTF-8 was a guess from the first bytes when neither a mark nor the caller said so.
  const guessedUtf8 = encoding === 'utf-8' && !bom && !options.encoding;
  // TextDecoder drops a byte-order mark of its own encoding.
  const sample = new TextDecoder(encoding).decode(head, { stream: !whole });
  const delimiter = options.delimiter ?? sniffDelimiter(sample, whole);

  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser({ delimiter });
  let bytesRead = 0;
  let ended = false;
  let sawReplacement = false;
  let queue: SourceRow[] = [];
  let next = 0;

  /** Parses chunks until a row is waiting; false once the file is done. */
  async function fill(): Promise<boolean> {
    while (next >= queue.length) {
      if (ended) return false;
      queue = [];
      next = 0;
      const chunk = await chunks.next();
      let text: string;
      if (chunk.done) {
        text = decoder.decode();
        ended = true;
      } else {
        bytesRead += chunk.value.length;
        text = decoder.decode(chunk.value, { stream: true });
      }
      parser.push(text, queue);
      if (ended) parser.end(queue);
      if (guessedUtf8 && !sawReplacement && text.includes('\uFFFD')) sawReplacement = true;
      if (sawReplacement) flagReplacements(queue);
    }
    return true;
  }

  try {
    if (!(await fill())) throw new AppError('VALIDATION', 'The file has no header row.');
    const first = queue[next++]!;
    if (first.problem) throw new AppError('VALIDATION', `The header row cannot be read: ${first.problem}`);
    const header = first.cells.map((cell) => cell.trim());
    if (header.every((cell) => cell === '')) throw new AppError('VALIDATION', 'The file has no header row.');
    const overflow = overflowCheck(header.length, delimiter);
    return {
      format: 'csv',
      encoding,
      delimiter,
      header,
      rows: () => iterate(overflow),
      progress: () => ({ done: bytesRead, total: size }),
      close: async () => {
        stream.destroy();
      },
    };
  } catch (error) {
    stream.destroy();
    throw error;
  }

  async function* iterate(overflow: (row: SourceRow) => SourceRow): AsyncGenerator<SourceRow> {
    try {
      while (await fill()) yield overflow(queue[next++]!);
    } finally {
      stream.destroy();
    }
  }
}

/**
 * A row with values beyond the header's last column has more fields than the header names: a
 * delimiter inside an unquoted value ("1,234.50", "Widget, large") split it, and every value after
 * that sits under the wrong column. Refused, rather than read shifted or cut. Empty fields past the
 * end (a trailing delimiter) mean nothing and pass.
 */
function overflowCheck(width: number, delimiter: string): (row: SourceRow) => SourceRow {
  const shown = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  return (row) => {
    if (row.problem !== undefined || row.cells.length <= width) return row;
    let fields = row.cells.length;
    while (fields > width && row.cells[fields - 1]!.trim() === '') fields--;
    if (fields > width) {
      row.problem =
        `This row has ${fields} fields but the header names ${width} columns, so its values would land under the ` +
        `wrong columns: a value that holds the delimiter (${shown}) must be in quotes.`;
    }
    return row;
  };
}

function flagReplacements(rows: SourceRow[]): void {
  for (const row of rows) {
    if (row.problem === undefined && row.cells.some((cell) => cell.includes('\uFFFD'))) row.problem = NOT_UTF8;
  }
}
