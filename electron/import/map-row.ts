import type { FieldSpec, KindSpec } from '../../shared/import/fields';
import type { ImportProfile, Transform } from '../../shared/import/profile';
import { AppError } from '../../shared/errors';
import type { LookupTable } from './lookups';

/** Where one field's text comes from in a row: a cell, a constant, or a cell of a joined lookup file. */
type FieldSource =
  | { from: 'column'; index: number }
  | { from: 'constant'; text: string }
  | { from: 'lookup'; table: string; keyIndex: number; cellIndex: number };

export interface MappedField {
  spec: FieldSpec;
  source: FieldSource;
  /** What a problem names: the file's column, the lookup's column, or the field for a constant. */
  columnLabel: string;
  transforms: readonly Transform[];
}

/** One field's text before parsing; null when a lookup has no row for the key (the reason says why). */
export interface RawField {
  field: MappedField;
  text: string;
  missingLookup?: string;
}

/** Finds a header's column: exactly, else ignoring case and surrounding spaces. */
export function columnIndex(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = name.trim().toLowerCase();
  return header.findIndex((column) => column.trim().toLowerCase() === wanted);
}

function requireColumn(header: readonly string[], name: string, where: string): number {
  const index = columnIndex(header, name);
  if (index < 0) {
    throw new AppError('VALIDATION', `The ${where} has no column "${name}".`, { column: name });
  }
  return index;
}

/**
 * Checks a profile against the file's header (and the lookup files' headers) once, before any row:
 * every mapped field exists for the kind, every column is in its file, every required field is
 * mapped. Answers how to read each field from a row.
 */
export function compileMapping(
  spec: KindSpec,
  profile: ImportProfile,
  header: readonly string[],
  lookups: ReadonlyMap<string, LookupTable>,
): MappedField[] {
  if (profile.kind !== spec.kind) {
    throw new AppError('VALIDATION', `This mapping is for ${profile.kind}, not ${spec.kind}.`);
  }
  const fields: MappedField[] = [];
  for (const [key, mapping] of Object.entries(profile.fields)) {
    const field = spec.fields.find((candidate) => candidate.key === key);
    if (!field) throw new AppError('VALIDATION', `${spec.label} have no field "${key}".`, { field: key });
    const transforms = mapping.transforms ?? [];
    if (mapping.column !== undefined) {
      fields.push({
        spec: field,
        source: { from: 'column', index: requireColumn(header, mapping.column, 'file') },
        columnLabel: mapping.column,
        transforms,
      });
    } else if (mapping.lookup) {
      const { table, column } = mapping.lookup;
      const join = profile.lookups?.[table];
      const lookup = lookups.get(table);
      if (!join)
        throw new AppError('VALIDATION', `The mapping uses the lookup "${table}" without saying how to join it.`);
      if (!lookup) throw new AppError('VALIDATION', `Give the file for the lookup "${table}".`, { lookup: table });
      fields.push({
        spec: field,
        source: {
          from: 'lookup',
          table,
          keyIndex: requireColumn(header, join.from, 'file'),
          cellIndex: lookup.cellIndex(column),
        },
        columnLabel: `${table}.${column}`,
        transforms,
      });
    } else if (mapping.constant !== undefined) {
      fields.push({
        spec: field,
        source: { from: 'constant', text: mapping.constant },
        columnLabel: field.label,
        transforms,
      });
    }
  }
  const missing = spec.fields.filter((field) => field.required && !fields.some((mapped) => mapped.spec === field));
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Map a column or a constant to ${missing.map((field) => field.label).join(', ')}: ${missing.length === 1 ? 'it is' : 'they are'} required.`,
      { fields: missing.map((field) => field.key) },
    );
  }
  return fields;
}

/** One row's raw text per mapped field. */
export function mapRow(
  fields: readonly MappedField[],
  cells: readonly string[],
  lookups: ReadonlyMap<string, LookupTable>,
): RawField[] {
  return fields.map((field) => {
    const { source } = field;
    if (source.from === 'column') return { field, text: cells[source.index] ?? '' };
    if (source.from === 'constant') return { field, text: source.text };
    const key = (cells[source.keyIndex] ?? '').trim();
    if (key === '') return { field, text: '' };
    const row = lookups.get(source.table)!.find(key);
    if (!row) return { field, text: key, missingLookup: `has no row in ${source.table} with this key` };
    return { field, text: row[source.cellIndex] ?? '' };
  });
}
