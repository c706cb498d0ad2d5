/**
 * Retail barcodes. EAN-13, EAN-8 and UPC-A (12 digits) are GTINs whose last digit is a check
 * digit; a code of all digits with one of those lengths must carry the right one, so a mistyped
 * or misread code is caught when it is saved, not at the till. Anything else (Code 128 labels,
 * in-house codes) is accepted as a plain code.
 */
export type BarcodeKind = 'EAN-13' | 'EAN-8' | 'UPC-A' | 'plain';

const GTIN_KINDS: Record<number, BarcodeKind> = { 13: 'EAN-13', 12: 'UPC-A', 8: 'EAN-8' };

export function barcodeKind(code: string): BarcodeKind {
  return (/^\d+$/.test(code) && GTIN_KINDS[code.length]) || 'plain';
}

/**
 * The GS1 check digit for the digits before it: weights 3, 1, 3, 1, ... from the right, then
 * whatever rounds the sum up to a multiple of ten. The same rule serves every GTIN length.
 */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`A GTIN body is digits only, not "${body}".`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** The check digit a GTIN should end with when its own is wrong; null when it is right or the code has none. */
export function rightCheckDigit(code: string): number | null {
  if (barcodeKind(code) === 'plain') return null;
  const expected = gtinCheckDigit(code.slice(0, -1));
  return Number(code.at(-1)) === expected ? null : expected;
}

/** Null when the code is acceptable; otherwise what a person should be told. */
export function barcodeProblem(code: string): string | null {
  const expected = rightCheckDigit(code);
  return expected === null ? null : `The barcode's check digit is wrong (expected ${expected})`;
}

/**
 * Spellings of the same item: scanners report a UPC-A either as its 12 digits or as the EAN-13
 * with a leading zero, so a lookup or a duplicate check must try both.
 */
export function equivalentBarcodes(code: string): string[] {
  const kind = barcodeKind(code);
  if (kind === 'UPC-A') return [code, `0${code}`];
  if (kind === 'EAN-13' && code.startsWith('0')) return [code, code.slice(1)];
  return [code];
}
