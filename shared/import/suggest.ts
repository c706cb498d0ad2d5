import type { FieldSpec, KindSpec } from './fields';
import type { FieldMapping } from './profile';

/** "Unit Price", "unit_price" and "UnitPrice" all read "unitprice". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** How well a header names a field: 3 an alias or the field itself, 1 a longer alias inside it, 0 none. */
function score(field: FieldSpec, header: string): number {
  if (header === '') return 0;
  const names = [...field.aliases.map(normalizeHeader), normalizeHeader(field.key), normalizeHeader(field.label)];
  if (names.includes(header)) return 3;
  return names.some((name) => name.length >= 4 && header.includes(name)) ? 1 : 0;
}

const FULL_NAME_HEADERS = new Set(['name', 'fullname', 'customername', 'contactname', 'client', 'customer']);

/**
 * A first mapping from the file's header: each field takes the best-named column not taken by a
 * better match, each column fills one field. A single full-name column fills first and last name
 * through the name-splitting transforms. A person reviews it before importing.
 */
export function suggestMapping(spec: KindSpec, header: readonly string[]): Record<string, FieldMapping> {
  const normalized = header.map(normalizeHeader);
  const candidates: { field: FieldSpec; column: number; score: number }[] = [];
  for (const field of spec.fields) {
    normalized.forEach((name, column) => {
      const value = score(field, name);
      if (value > 0) candidates.push({ field, column, score: value });
    });
  }
  // Best matches first; among equals, the field listed first and the leftmost column win.
  candidates.sort(
    (a, b) => b.score - a.score || spec.fields.indexOf(a.field) - spec.fields.indexOf(b.field) || a.column - b.column,
  );
  const mapping: Record<string, FieldMapping> = {};
  const usedColumns = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field.key] || usedColumns.has(column)) continue;
    mapping[field.key] = { column: header[column]! };
    usedColumns.add(column);
  }
  const splits =
    spec.fields.some((field) => field.key === 'firstName') && spec.fields.some((field) => field.key === 'lastName');
  if (splits && !mapping.firstName && !mapping.lastName) {
    const full = normalized.findIndex((name, column) => FULL_NAME_HEADERS.has(name) && !usedColumns.has(column));
    if (full >= 0) {
      mapping.firstName = { column: header[full]!, transforms: ['firstWord'] };
      mapping.lastName = { column: header[full]!, transforms: ['afterFirstWord'] };
    }
  }
  return mapping;
}
