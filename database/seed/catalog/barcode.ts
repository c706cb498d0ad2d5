import { gtinCheckDigit } from '../../../shared/barcode';

/** A complete EAN-13 from a 7-digit company prefix and a 5-digit item reference. */
export function ean13(companyPrefix: string, itemReference: number): string {
  const body = companyPrefix + String(itemReference).padStart(5, '0');
  return body + String(gtinCheckDigit(body));
}
