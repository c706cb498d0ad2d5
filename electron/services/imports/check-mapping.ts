import { importKinds } from '../../../shared/import/kinds';
import type { ImportProfile } from '../../../shared/import/profile';
import { prepareLookup, type LookupTable } from '../../import/lookups';
import { compileMapping } from '../../import/map-row';
import { openTableSource, type TableSource } from '../../import/read/table-source';
import { chooseNaturalKey } from '../../import/run-import';
import type { ImportMode } from '../../import/writer';

/**
 * Checks, before a job is started, what can be told from the files' headers alone: the file reads
 * as a table, every mapped column is there (in the lookup files too), every required field is
 * mapped, and the natural key fits the mode. The person hears at once, not from a failed job.
 */
export async function checkImportMapping(
  path: string,
  lookupPaths: Readonly<Record<string, string>>,
  profile: ImportProfile,
  match: { mode: ImportMode; naturalKey: string | null },
): Promise<void> {
  const opened: TableSource[] = [];
  try {
    const source = await openTableSource(path, profile.source ?? {});
    opened.push(source);
    const lookups = new Map<string, LookupTable>();
    for (const [table, lookupPath] of Object.entries(lookupPaths)) {
      const lookup = await openTableSource(lookupPath);
      opened.push(lookup);
      lookups.set(table, prepareLookup(profile, table, lookup.header).lookup);
    }
    const spec = importKinds[profile.kind];
    const fields = compileMapping(spec, profile, source.header, lookups);
    chooseNaturalKey(match, spec.naturalKeys, new Set(fields.map((field) => field.spec.key)));
  } finally {
    for (const source of opened) await source.close();
  }
}
