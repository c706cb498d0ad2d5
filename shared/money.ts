/**
 * Money is an integer number of cents everywhere. Formatting for people happens at the edge,
 * with the locale's rules; arithmetic never sees a float.
 */
export type Cents = number;

/** Negative amounts carry the true minus sign (−$18.74), the same on every screen and receipt. */
export function formatMoney(cents: Cents, currency = 'USD', locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100).replace('-', '−');
}

/** Parses "12.34", "12,34" or "12" typed by a person into cents; null when it is not money. */
export function parseMoney(text: string): Cents | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Integer cents as a decimal amount with two decimals ("-12.05"), computed without floats: what files carry. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
