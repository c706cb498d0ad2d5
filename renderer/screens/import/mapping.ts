import type { FieldType, ImportKind, KindSpec } from '../../../shared/import/fields';
import {
  DEFAULT_LOCALE,
  type FieldMapping,
  type ImportProfile,
  type LocaleOptions,
  type Transform,
} from '../../../shared/import/profile';
import { decimalSeparatorOf } from '../../lib/number-entry';

export type Mapping = Record<string, FieldMapping>;

/** What the wizard has gathered about the mapping: enough to build the profile the channels take. */
export interface MappingDraft {
  kind: ImportKind;
  fields: Mapping;
  locale: LocaleOptions;
  /** Kept from a loaded profile that joins lookup files; the screen does not edit them. */
  lookups?: ImportProfile['lookups'];
}

/**
 * How a new mapping first reads the file: numbers with the decimal mark of the person's own locale,
 * as the spreadsheets on their computer write them, so a German "2,500" is two and a half, not two
 * thousand five hundred. Dates stay year first: a day-or-month date is then pointed out, not guessed.
 */
export function startingLocale(locale?: string): LocaleOptions {
  return { ...DEFAULT_LOCALE, decimal: decimalSeparatorOf(locale) === ',' ? ',' : '.' };
}

/** A field is filled when something feeds it: a column, a fixed value or a lookup. */
export function isMapped(mapping: FieldMapping | undefined): boolean {
  return Boolean(mapping && (mapping.column || (mapping.constant ?? '') !== '' || mapping.lookup));
}

/** The labels of required fields nothing fills, in the kind's order. */
export function missingRequired(spec: KindSpec, fields: Mapping): string[] {
  return spec.fields.filter((field) => field.required && !isMapped(fields[field.key])).map((field) => field.label);
}

/** The profile as the channels take it: fields nothing fills are left out, empty transform lists too. */
export function buildProfile(draft: MappingDraft, name?: string): ImportProfile {
  const fields: Mapping = {};
  for (const [key, mapping] of Object.entries(draft.fields)) {
    if (!isMapped(mapping)) continue;
    const { transforms, ...rest } = mapping;
    fields[key] = transforms && transforms.length > 0 ? { ...rest, transforms } : rest;
  }
  return {
    version: 1,
    kind: draft.kind,
    ...(name ? { name } : {}),
    locale: draft.locale,
    fields,
    ...(draft.lookups && Object.keys(draft.lookups).length > 0 ? { lookups: draft.lookups } : {}),
  };
}

/** Transforms without an argument that make sense for a field type, with their names on screen. */
const TEXT_CASE: Transform[] = ['trim', 'upper', 'lower', 'title', 'firstWord', 'afterFirstWord'];
const SIMPLE_BY_TYPE: Record<FieldType, Transform[]> = {
  text: TEXT_CASE,
  email: ['trim', 'lower'],
  integer: ['trim'],
  money: ['trim', 'stripCurrency'],
  percent: ['trim', 'stripCurrency', 'percent'],
  date: ['trim'],
  datetime: ['trim'],
  boolean: ['trim', 'lower'],
};

export const TRANSFORM_LABELS: Record<string, string> = {
  trim: 'Trim spaces',
  upper: 'UPPER CASE',
  lower: 'lower case',
  title: 'Title Case',
  firstWord: 'First word (a first name)',
  afterFirstWord: 'After the first word (a last name)',
  stripCurrency: 'Drop currency signs',
  percent: 'A fraction or with %',
};

export function simpleTransformsFor(type: FieldType): Transform[] {
  return SIMPLE_BY_TYPE[type];
}

/** Text fields may take a prefix ("NW-" before a source system's numbers); dates a written pattern. */
export function argumentTransformFor(type: FieldType): 'prefix' | 'dateFormat' | null {
  if (type === 'text') return 'prefix';
  if (type === 'date' || type === 'datetime') return 'dateFormat';
  return null;
}

/** The argument of a `prefix:` or `dateFormat:` transform in the list, or ''. */
export function transformArgument(transforms: readonly Transform[] | undefined, name: 'prefix' | 'dateFormat'): string {
  const found = transforms?.find((transform) => transform.startsWith(`${name}:`));
  return found ? found.slice(name.length + 1) : '';
}

/** Replaces the simple transforms and keeps the argument ones, or the other way round. */
export function withSimpleTransforms(transforms: readonly Transform[] | undefined, simple: Transform[]): Transform[] {
  return [...simple, ...(transforms ?? []).filter((transform) => transform.includes(':'))];
}

export function withArgumentTransform(
  transforms: readonly Transform[] | undefined,
  name: 'prefix' | 'dateFormat',
  argument: string,
): Transform[] {
  const others = (transforms ?? []).filter((transform) => !transform.startsWith(`${name}:`));
  return argument === '' ? others : [...others, `${name}:${argument}`];
}
