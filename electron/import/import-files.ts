import { openTableSource, type TableSource } from './read/table-source';
import { runImport, type ImportSummary, type RunImportOptions } from './run-import';

export interface ImportFiles {
  /** The file to import. */
  source: string;
  /** The lookup files the profile joins, by table name. */
  lookups: Readonly<Record<string, string>>;
}

/**
 * Opens the files (the main one with the profile's reading options, lookups by their content),
 * runs the import and closes them whatever happens. The job and the command line both come here.
 */
export async function importFromFiles(
  files: ImportFiles,
  options: Omit<RunImportOptions, 'source' | 'lookups'>,
): Promise<ImportSummary> {
  const opened: TableSource[] = [];
  try {
    const source = await openTableSource(files.source, options.profile.source ?? {});
    opened.push(source);
    const lookups = new Map<string, TableSource>();
    for (const [table, path] of Object.entries(files.lookups)) {
      const lookup = await openTableSource(path);
      opened.push(lookup);
      lookups.set(table, lookup);
    }
    return await runImport({ ...options, source, lookups });
  } finally {
    for (const source of opened) await source.close();
  }
}
