/** The EAN-13 check digit of 12 digits: weights 1, 3, 1, 3, ... from the left, then round up to ten. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`An EAN-13 body is 12 digits, not "${first12}".`);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** A complete EAN-13 from a 7-digit company prefix and a 5-digit item reference. */
export function ean13(companyPrefix: string, itemReference: number): string {
  const body = companyPrefix + String(itemReference).padStart(5, '0');
  return body + String(ean13CheckDigit(body));
}
