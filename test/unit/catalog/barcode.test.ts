import { describe, expect, it } from 'vitest';
import { barcodeKind, barcodeProblem, equivalentBarcodes, gtinCheckDigit } from '../../../shared/barcode';

describe('barcodes', () => {
  it.each([
    ['4006381333931', 'EAN-13'],
    ['5901234123457', 'EAN-13'],
    ['96385074', 'EAN-8'],
    ['73513537', 'EAN-8'],
    ['036000291452', 'UPC-A'],
    ['012345678905', 'UPC-A'],
  ] as const)('accepts the real %s as %s', (code, kind) => {
    expect(barcodeKind(code)).toBe(kind);
    expect(barcodeProblem(code)).toBeNull();
  });

  it.each([
    ['4006381333932', 1],
    ['96385075', 4],
    ['036000291453', 2],
    ['0000000000001', 0],
  ])('refuses %s and names the right check digit (%i)', (code, expected) => {
    expect(barcodeProblem(code)).toBe(`The barcode's check digit is wrong (expected ${expected})`);
  });

  it('computes the check digit of a body of any GTIN length', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(gtinCheckDigit('9638507')).toBe(4);
    expect(gtinCheckDigit('03600029145')).toBe(2);
    expect(() => gtinCheckDigit('12a')).toThrow();
  });

  it.each(['ABC-123', 'X', '12345', '1234567890', '123456789012345', '4006381333931X', '40063 81333931'])(
    'accepts %s as a plain code without a check digit',
    (code) => {
      expect(barcodeKind(code)).toBe('plain');
      expect(barcodeProblem(code)).toBeNull();
    },
  );

  it('treats a UPC-A and its EAN-13 form as the same item', () => {
    expect(equivalentBarcodes('036000291452')).toEqual(['036000291452', '0036000291452']);
    expect(equivalentBarcodes('0036000291452')).toEqual(['0036000291452', '036000291452']);
    expect(equivalentBarcodes('4006381333931')).toEqual(['4006381333931']);
    expect(equivalentBarcodes('96385074')).toEqual(['96385074']);
    expect(equivalentBarcodes('ABC')).toEqual(['ABC']);
  });
});
