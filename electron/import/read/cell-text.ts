/**
 * A workbook cell as the text a CSV file would hold: what a person sees without formatting.
 * Dates become ISO (`2026-11-25`, or the full instant when it has a time of day), numbers plain
 * decimals without exponent or grouping, booleans TRUE/FALSE as Excel writes them, formulas their
 * last computed result, rich text its plain text, an error its code (`#N/A`).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('formula' in object || 'sharedFormula' in object) return cellText(object.result);
    if (Array.isArray(object.richText)) {
      return (object.richText as { text?: unknown }[])
        .map((run) => (typeof run.text === 'string' ? run.text : ''))
        .join('');
    }
    if ('text' in object) return cellText(object.text);
    if ('error' in object) return cellText(object.error);
  }
  return String(value);
}

/** Excel stores dates as a day count; a date without a time of day reads as a calendar date. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The shortest decimal that reads back as the same number, written out without an exponent. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Where the decimal point falls in `digits` once the exponent is applied.
  const position = (point < 0 ? mantissa.length : point) + exponent;
  let plain: string;
  if (position <= 0) plain = `0.${'0'.repeat(-position)}${digits}`;
  else if (position >= digits.length) plain = digits + '0'.repeat(position - digits.length);
  else plain = `${digits.slice(0, position)}.${digits.slice(position)}`;
  return negative ? `-${plain}` : plain;
}
