import type { FieldSpec } from '../../shared/import/fields';
import type { LocaleOptions } from '../../shared/import/profile';
import { applyTextTransforms, parseValue } from '../../shared/import/transforms';
import type { RawField } from './map-row';
import type { ImportRow, ImportValue, RowProblem } from './writer';

/** A value shown in a problem is cut here: the rejects file keeps the whole cell anyway. */
const SHOWN_VALUE_LENGTH = 200;

export interface ValidationOptions {
  locale: LocaleOptions;
  now: Date;
  /** The row comes from a workbook: number cells are plain decimals with a point (see ParseOptions). */
  machineNumbers?: boolean;
}

function outOfBounds(spec: FieldSpec, value: number): string | null {
  if (spec.min !== undefined && value < spec.min) {
    return spec.min === 0 ? 'must not be negative' : `must be at least ${shown(spec, spec.min)}`;
  }
  if (spec.max !== undefined && value > spec.max) return `must be at most ${shown(spec, spec.max)}`;
  return null;
}

/** A bound in the unit a person typed: cents and basis points back to amounts and percents. */
function shown(spec: FieldSpec, value: number): string {
  if (spec.type === 'money') return (value / 100).toFixed(2);
  if (spec.type === 'percent') return `${value / 100}%`;
  return String(value);
}

/**
 * Types and checks one row's fields against their specs: required, length, bounds, dates not in
 * the future. A row with any problem gets no values (it is not written); the problems say why.
 */
export function validateRow(
  rowNumber: number,
  raw: readonly RawField[],
  options: ValidationOptions,
): { row: ImportRow | null; problems: RowProblem[]; parsed: ImportRow } {
  const values: Record<string, ImportValue> = {};
  const problems: RowProblem[] = [];
  const problem = (field: RawField, text: string, reason: string) =>
    problems.push({
      rowNumber,
      column: field.field.columnLabel,
      value: text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text,
      reason: `${field.field.spec.label} ${reason}`,
    });

  for (const field of raw) {
    const { spec, transforms } = field.field;
    if (field.missingLookup) {
      problem(field, field.text, field.missingLookup);
      continue;
    }
    const text = applyTextTransforms(field.text, transforms);
    // Spaces around a cell are never meant (and break matching keys); inner line breaks are kept.
    const value = text.trim();
    if (value === '') {
      if (spec.required) problem(field, field.text, 'is required');
      else values[spec.key] = null;
      continue;
    }
    const parsed = parseValue(spec.type, value, { ...options, transforms });
    if (!parsed.ok) {
      problem(field, field.text, parsed.reason);
      continue;
    }
    if (typeof parsed.value === 'string' && spec.maxLength !== undefined && [...parsed.value].length > spec.maxLength) {
      problem(field, field.text, `is longer than ${spec.maxLength} characters`);
      continue;
    }
    if (typeof parsed.value === 'number') {
      const reason = outOfBounds(spec, parsed.value);
      if (reason) {
        problem(field, field.text, reason);
        continue;
      }
    }
    values[spec.key] = parsed.value;
  }
  const parsed = { rowNumber, values };
  return { row: problems.length > 0 ? null : parsed, problems, parsed };
}
