import type { ChannelOutput } from '../../../shared/contract';
import { importKinds } from '../../../shared/import/kinds';
import { DEFAULT_LOCALE, type ImportProfile } from '../../../shared/import/profile';
import { loadLookups } from '../../import/lookups';
import { compileMapping, mapRow } from '../../import/map-row';
import { openTableSource, type TableSource } from '../../import/read/table-source';
import { validateRow } from '../../import/validate-row';
import { SAMPLE_ROWS } from './inspect';

/**
 * The first rows as the import will type them, each with its problems. It checks the mapping and
 * every field's rules; what only the database can tell (an existing SKU, an unknown category) shows
 * in a dry run.
 */
export async function previewImport(
  path: string,
  lookupPaths: Readonly<Record<string, string>>,
  profile: ImportProfile,
  now: Date,
): Promise<ChannelOutput<'imports.preview'>> {
  const opened: TableSource[] = [];
  try {
    const source = await openTableSource(path, profile.source ?? {});
    opened.push(source);
    const lookupSources = new Map<string, TableSource>();
    for (const [table, lookupPath] of Object.entries(lookupPaths)) {
      const lookup = await openTableSource(lookupPath);
      opened.push(lookup);
      lookupSources.set(table, lookup);
    }
    const lookups = await loadLookups(profile, lookupSources);
    const fields = compileMapping(importKinds[profile.kind], profile, source.header, lookups);
    const locale = profile.locale ?? DEFAULT_LOCALE;
    const rows: ChannelOutput<'imports.preview'>['rows'] = [];
    for await (const row of source.rows()) {
      if (row.problem) {
        rows.push({
          rowNumber: row.rowNumber,
          values: {},
          problems: [{ rowNumber: row.rowNumber, column: null, value: null, reason: row.problem }],
        });
      } else {
        const checked = validateRow(row.rowNumber, mapRow(fields, row.cells, lookups), {
          locale,
          now,
          machineNumbers: source.format === 'xlsx',
        });
        rows.push({ rowNumber: row.rowNumber, values: checked.row?.values ?? {}, problems: checked.problems });
      }
      if (rows.length >= SAMPLE_ROWS) break;
    }
    return { rows };
  } finally {
    for (const source of opened) await source.close();
  }
}
