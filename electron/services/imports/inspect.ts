import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { IMPORT_KINDS } from '../../../shared/import/fields';
import { importKinds } from '../../../shared/import/kinds';
import { suggestMapping } from '../../../shared/import/suggest';
import { openTableSource } from '../../import/read/table-source';

/** Rows shown to check the file reads right. */
export const SAMPLE_ROWS = 20;

/** How a file reads (format, encoding, delimiter, header, first rows), and a mapping suggested for each kind. */
export async function inspectImportFile(
  path: string,
  options: Omit<ChannelInput<'imports.inspect'>, 'fileId'>,
): Promise<ChannelOutput<'imports.inspect'>> {
  const source = await openTableSource(path, options);
  try {
    const rows: { rowNumber: number; cells: string[] }[] = [];
    for await (const row of source.rows()) {
      rows.push({ rowNumber: row.rowNumber, cells: row.cells });
      if (rows.length >= SAMPLE_ROWS) break;
    }
    const suggestions = Object.fromEntries(
      IMPORT_KINDS.map((kind) => [kind, suggestMapping(importKinds[kind], source.header)]),
    ) as ChannelOutput<'imports.inspect'>['suggestions'];
    return {
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      header: source.header,
      rows,
      suggestions,
    };
  } finally {
    await source.close();
  }
}
