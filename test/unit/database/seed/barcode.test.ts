import { describe, expect, it } from 'vitest';
import { barcodeProblem } from '../../../../shared/barcode';
import { ean13 } from '../../../../database/seed/catalog/barcode';

describe('seeded EAN-13 barcodes', () => {
  it('builds a barcode from a company prefix and an item reference', () => {
    expect(ean13('0123456', 42)).toBe('0123456000421');
  });

  it('always carries a check digit the catalog accepts', () => {
    for (let item = 0; item < 500; item += 7) expect(barcodeProblem(ean13('4006381', item))).toBeNull();
  });
});
