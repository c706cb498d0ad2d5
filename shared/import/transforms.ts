import { centsToDecimal } from '../money';
import type { FieldType } from './fields';
import type { LocaleOptions, Transform } from './profile';

/**
 * Turning a cell's text into a field's typed value: first the profile's text transforms (trim,
 * case, a full name's parts, a prefix), then the field type's parser, which knows the locale's
 * date order and decimal mark and takes the hints `stripCurrency`, `percent` and `dateFormat:`.
 * Every refusal is a reason in plain words, shown to a person beside the row and the column.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Applies the text transforms in order; the parsing hints pass through unchanged. */
export function applyTextTransforms(text: string, transforms: readonly Transform[] = []): string {
  let value = text;
  for (const transform of transforms) {
    if (transform === 'trim') value = value.trim();
    else if (transform === 'upper') value = value.toUpperCase();
    else if (transform === 'lower') value = value.toLowerCase();
    else if (transform === 'title') value = titleCase(value);
    else if (transform === 'firstWord') value = splitFullName(value).first;
    else if (transform === 'afterFirstWord') value = splitFullName(value).rest;
    else if (transform === 'stripCurrency') value = stripCurrency(value);
    else if (transform.startsWith('prefix:') && value.trim() !== '') value = transform.slice('prefix:'.length) + value;
  }
  return value;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Ana María  López" → first "Ana", rest "María López"; one word → first only. */
export function splitFullName(text: string): { first: string; rest: string } {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  return { first: words[0] ?? '', rest: words.slice(1).join(' ') };
}

/** Currency symbols and ISO codes before or after the amount. */
const CURRENCY =
  /^\s*(?:[€$£¥]|(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN)\b)?\s*(.*?)\s*(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN))?\s*$/i;

export function stripCurrency(text: string): string {
  // A sign may stand before the symbol: "-€5" and "€-5" both mean minus five.
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-') && /^-\s*[€$£¥A-Za-z]/.test(trimmed);
  const body = negative ? trimmed.slice(1) : trimmed;
  const match = CURRENCY.exec(body);
  const amount = match ? match[1]! : body;
  return negative ? `-${amount}` : amount;
}

export interface ParseOptions {
  locale: LocaleOptions;
  transforms?: readonly Transform[];
  /** For the future-date check: the app's clock. */
  now?: Date;
  /**
   * The text comes from a workbook, where a number cell reads as a plain decimal with a point
   * whatever the locale ("4.5"); only text typed into cells follows the profile's decimal mark.
   * There a bare number in a date column is Excel's day count; in a CSV file it is not a date.
   */
  machineNumbers?: boolean;
}

const MACHINE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A decimal number as an exact sign, whole part and fraction digits (no floating point), from text
 * written with the locale's decimal mark and optional thousands separators in groups of three.
 */
export function parseDecimal(
  text: string,
  decimal: '.' | ',',
): Parsed<{ negative: boolean; whole: string; fraction: string }> {
  let body = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  if (body.startsWith('-') || body.startsWith('+')) {
    negative = body.startsWith('-');
    body = body.slice(1).trim();
  }
  if (body === '') return fail('is not a number');
  const thousands = decimal === '.' ? "[, ']" : "[. ']";
  const pattern = new RegExp(`^(\\d{1,3}(?:${thousands}\\d{3})+|\\d+)?(?:\\${decimal}(\\d*))?$`);
  const match = pattern.exec(body);
  if (!match || (match[1] === undefined && !match[2])) {
    const other = decimal === '.' ? ',' : '.';
    if (new RegExp(`^\\d+\\${other}\\d{1,2}$`).test(body)) {
      return fail(
        `is not a number with "${decimal}" as the decimal mark (the profile says so; change it for this file)`,
      );
    }
    return fail('is not a number');
  }
  const whole = (match[1] ?? '0').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return ok({ negative, whole, fraction: match[2] ?? '' });
}

/** An exact decimal rounded half away from zero to `digits` places, as an integer of that scale. */
function scaled(parts: { negative: boolean; whole: string; fraction: string }, digits: number): number {
  const padded = parts.fraction.padEnd(digits + 1, '0');
  let units = Number(parts.whole + padded.slice(0, digits));
  if (Number(padded[digits]) >= 5) units += 1;
  return parts.negative && units !== 0 ? -units : units;
}

export function parseInteger(text: string, decimal: '.' | ','): Parsed<number> {
  const parts = parseDecimal(text, decimal);
  if (!parts.ok) return parts;
  if (/[1-9]/.test(parts.value.fraction)) return fail('is not a whole number');
  const value = scaled(parts.value, 0);
  return Number.isSafeInteger(value) ? ok(value) : fail('is too large');
}

/**
 * Money has cents and nothing finer. A third decimal is refused rather than rounded: "12.345" may
 * be a price below the cent or 12,345 written with a point between thousands, and only the person
 * knows which. Zeros past the cents are exact, as databases export amounts ("18.0000"), but never
 * three of them ("12.000" may be 12,000). A workbook's number cell has no thousands mark: its third
 * decimal is below the cent.
 */
export function parseMoney(text: string, decimal: '.' | ',', workbookNumber = false): Parsed<number> {
  const parts = parseDecimal(stripCurrency(text), decimal);
  if (!parts.ok) return fail(parts.reason === 'is not a number' ? 'is not an amount of money' : parts.reason);
  const { negative, whole, fraction } = parts.value;
  const cents = scaled(parts.value, 2);
  const finerThanCents = /[1-9]/.test(fraction.slice(2)) || (!workbookNumber && fraction.length === 3);
  if (finerThanCents) {
    // Both readings, in the file's own notation: the amount rounded to the cent, and the digits as thousands.
    const rounded = centsToDecimal(cents).replace('.', decimal);
    const thousands = `${negative ? '-' : ''}${(whole + fraction).replace(/^0+(?=\d)/, '')}`;
    const grouped = !workbookNumber && fraction.length === 3 ? ` or ${thousands}` : '';
    return fail(`has more than two decimals; write ${rounded}${grouped}`);
  }
  return Number.isSafeInteger(cents) ? ok(cents) : fail('is too large');
}

/**
 * A percentage as basis points: "15%", "15 %" and 0.15 are all 1500. A bare number is a fraction
 * when the `percent` hint is given or it is at most 1, else it is already in percent ("20" tax).
 */
export function parsePercent(text: string, decimal: '.' | ',', fractionOnly: boolean): Parsed<number> {
  const trimmed = text.trim();
  const hasSign = trimmed.endsWith('%');
  const parts = parseDecimal(hasSign ? trimmed.slice(0, -1) : trimmed, decimal);
  if (!parts.ok) return fail('is not a percentage');
  const asPercent = scaled(parts.value, 2);
  if (hasSign) return ok(asPercent);
  const asFraction = scaled(parts.value, 4);
  return ok(fractionOnly || Math.abs(asFraction) <= 10_000 ? asFraction : asPercent);
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'x', 'on', 'ja', 'oui', 'si', 'sí']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', 'off', 'nein', 'non']);

export function parseBoolean(text: string): Parsed<boolean> {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('is not yes or no');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(text: string): Parsed<string> {
  const value = text.trim();
  return EMAIL.test(value) ? ok(value) : fail('is not an email address');
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text said so; null means the time is taken as UTC. */
  offset: number | null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** Excel stores days since 1899-12-30 (its leap-year quirk is before March 1900, outside real data). */
function fromExcelSerial(serial: number): DateParts {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: 0,
    offset: null,
  };
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2})?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const SEPARATED_DATE = new RegExp(String.raw`^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})${TIME}$`);

function timeParts(match: RegExpExecArray, from: number): Omit<DateParts, 'year' | 'month' | 'day'> {
  let hour = Number(match[from] ?? 0);
  const meridiem = match[from + 4]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const zone = match[from + 5];
  let offset: number | null = null;
  if (zone === 'Z' || zone === 'z') offset = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    offset = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return {
    hour,
    minute: Number(match[from + 1] ?? 0),
    second: Number(match[from + 2] ?? 0),
    millisecond: Number((match[from + 3] ?? '0').padEnd(3, '0').slice(0, 3)),
    offset,
  };
}

/** "DD.MM.YYYY HH:mm" and the like: YYYY YY MM M DD D HH H mm ss, anything else literal. */
function byPattern(text: string, pattern: string): DateParts | null {
  const tokens = /YYYY|YY|MM|M|DD|D|HH|H|mm|ss/g;
  const names: string[] = [];
  let source = '^';
  let last = 0;
  for (const match of pattern.matchAll(tokens)) {
    source += pattern
      .slice(last, match.index)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '\\s+');
    source += match[0] === 'YYYY' ? '(\\d{4})' : match[0].length === 2 ? '(\\d{2})' : '(\\d{1,2})';
    names.push(match[0]);
    last = match.index + match[0].length;
  }
  source += pattern.slice(last).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$';
  const found = new RegExp(source).exec(text);
  if (!found) return null;
  const parts: DateParts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, offset: null };
  names.forEach((name, index) => {
    const value = Number(found[index + 1]);
    if (name === 'YYYY') parts.year = value;
    else if (name === 'YY') parts.year = 2000 + value;
    else if (name.startsWith('M') && name !== 'mm') parts.month = value;
    else if (name.startsWith('D')) parts.day = value;
    else if (name.startsWith('H')) parts.hour = value;
    else if (name === 'mm') parts.minute = value;
    else if (name === 'ss') parts.second = value;
  });
  return parts;
}

/** Excel day counts that are also this or last century's years: 1905's days, typed as a year. */
const YEAR_LIKE_SERIALS = { first: 1900, last: 2100 };

function readDateParts(text: string, options: ParseOptions): DateParts | null | 'ambiguous' | 'number' | 'year' {
  const value = text.trim();
  const pattern = options.transforms?.find((transform) => transform.startsWith('dateFormat:'));
  if (pattern) return byPattern(value, pattern.slice('dateFormat:'.length));
  if (/^\d+(?:[.,]\d+)?$/.test(value)) {
    // Only a workbook's number cell counts days (Excel's serial date; its date-formatted cells come
    // as ISO dates already). In text "2024" is a year or a code, not the 2024th day after 1899-12-30.
    if (!options.machineNumbers) return 'number';
    const serial = Number(value);
    // A store's data has no dates in 1905; a person who typed 2024 in a date column meant a year.
    if (Number.isInteger(serial) && serial >= YEAR_LIKE_SERIALS.first && serial <= YEAR_LIKE_SERIALS.last)
      return 'year';
    // Serial 1 is 1900-01-01; 2,958,465 is 9999-12-31.
    return serial >= 1 && serial <= 2_958_465 ? fromExcelSerial(serial) : null;
  }
  const iso = ISO_DATE.exec(value);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), ...timeParts(iso, 4) };
  const separated = SEPARATED_DATE.exec(value);
  if (!separated) return null;
  const [a, b, c] = [separated[1]!, separated[2]!, separated[3]!];
  const time = timeParts(separated, 4);
  if (a.length === 4) return { year: Number(a), month: Number(b), day: Number(c), ...time };
  if (c.length !== 4) return null;
  const order = options.locale.dateOrder;
  if (order === 'ymd') {
    // The profile expects year first but the file writes it last: only an unambiguous day tells.
    if (Number(a) > 12) return { year: Number(c), month: Number(b), day: Number(a), ...time };
    if (Number(b) > 12) return { year: Number(c), month: Number(a), day: Number(b), ...time };
    return a === b ? { year: Number(c), month: Number(a), day: Number(b), ...time } : 'ambiguous';
  }
  return order === 'dmy'
    ? { year: Number(c), month: Number(b), day: Number(a), ...time }
    : { year: Number(c), month: Number(a), day: Number(b), ...time };
}

/** UTC milliseconds of valid parts, or null for 31 February, hour 25 and friends. */
function toEpoch(parts: DateParts): number | null {
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (year < 1000 || year > 9999 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(local);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return local - (parts.offset ?? 0) * 60_000;
}

const EXAMPLE_BY_ORDER = { dmy: '31/03/2024', mdy: '03/31/2024', ymd: '2024/03/31' } as const;

/** Why the text is not a date, and the ways of writing one that are read. */
function notADate(parts: null | 'number' | 'year', options: ParseOptions): Parsed<never> {
  if (parts === 'year') {
    return fail(
      `is a year alone, not a date: write the whole date like 2024-03-31 or ${EXAMPLE_BY_ORDER[options.locale.dateOrder]} ` +
        "(the profile's date order), or give the cell a date format in the workbook",
    );
  }
  const what = parts === 'number' ? 'is a number, not a date' : 'is not a date';
  return fail(
    `${what}: write it like 2024-03-31 or ${EXAMPLE_BY_ORDER[options.locale.dateOrder]} (the profile's date order), ` +
      'or give its format in the mapping (like DD.MM.YYYY)',
  );
}

export function parseDate(text: string, options: ParseOptions): Parsed<string> {
  const parts = readDateParts(text, options);
  if (parts === 'ambiguous') return fail('could be read as two different dates: set the date order in the profile');
  if (!parts || parts === 'number' || parts === 'year') return notADate(parts, options);
  const epoch = toEpoch({ ...parts, hour: 0, minute: 0, second: 0, millisecond: 0, offset: null });
  if (epoch === null) return fail('is not a real date');
  if (options.now && epoch > options.now.getTime() + MS_PER_DAY) return fail('is in the future');
  return ok(new Date(epoch).toISOString().slice(0, 10));
}

export function parseDateTime(text: string, options: ParseOptions): Parsed<string> {
  const parts = readDateParts(text, options);
  if (parts === 'ambiguous') return fail('could be read as two different dates: set the date order in the profile');
  if (!parts || parts === 'number' || parts === 'year') return notADate(parts, options);
  const epoch = toEpoch(parts);
  if (epoch === null) return fail('is not a real date and time');
  if (options.now && epoch > options.now.getTime() + MS_PER_DAY) return fail('is in the future');
  return ok(new Date(epoch).toISOString());
}

/**
 * A workbook's number cell holds a binary double, and Excel's own arithmetic leaves noise past the
 * 15th significant digit (=3*1.1 holds 3.3000000000000003). Excel shows 15 digits; so do we.
 */
function asExcelShows(text: string): string {
  const shown = String(Number(Number(text).toPrecision(15)));
  // Below a millionth String() writes an exponent, which no parser here reads: keep the digits.
  return shown.includes('e') ? text : shown;
}

/** Reads a cell's text (already through the text transforms and not empty) as the field's type. */
export function parseValue(type: FieldType, text: string, options: ParseOptions): Parsed<string | number | boolean> {
  const workbookNumber = options.machineNumbers === true && MACHINE_NUMBER.test(text);
  const decimal = workbookNumber ? '.' : options.locale.decimal;
  const number = workbookNumber ? asExcelShows(text) : text;
  switch (type) {
    case 'text':
      return ok(text);
    case 'email':
      return parseEmail(text);
    case 'integer':
      return parseInteger(number, decimal);
    case 'money':
      return parseMoney(number, decimal, workbookNumber);
    case 'percent':
      return parsePercent(number, decimal, options.transforms?.includes('percent') ?? false);
    case 'date':
      return parseDate(text, options);
    case 'datetime':
      return parseDateTime(text, options);
    case 'boolean':
      return parseBoolean(text);
  }
}
