/**
 * Money is an integer number of cents everywhere. Formatting for people happens at the edge,
 * with the locale's rules; arithmetic never sees a float.
 */
export type Cents = number;

/** Negative amounts carry the true minus sign (−$18.74), the same on every screen and receipt. */
export function formatMoney(cents: Cents, currency = 'USD', locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100).replace('-', '−');
}

/**
 * Parses money typed by a person into cents; null when it is not money. Without thousands it reads
 * "12.34", "12,34" or "12". Thousands are read only as the locale groups them ("1.234,50" in
 * German, "1 234,50" in French, "1,23,456.50" in India), then with the locale's own decimal mark:
 * a German "1.234" is 1234, and a German "1,234" (three decimals) is refused.
 */
export function parseMoney(text: string, locale?: string): Cents | null {
  const typed = text.trim();
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(typed) ?? groupedAmount(locale)?.exec(typed);
  if (!match) return null;
  const digits = match[1]!.replace(/\D/g, '');
  if (digits.length > 9) return null;
  const fraction = match[2] === undefined ? 0 : Number(match[2].padEnd(2, '0'));
  return Number(digits) * 100 + fraction;
}

/**
 * An amount with its thousands grouped as the locale writes 1,234,567.5 (groups of three, or of two
 * before the last three as in India), then the locale's decimal mark; null for a locale that does
 * not group.
 */
function groupedAmount(locale: string | undefined): RegExp | null {
  const parts = new Intl.NumberFormat(locale).formatToParts(1_234_567.5);
  const group = parts.find((part) => part.type === 'group')?.value;
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  if (group === undefined) return null;
  const size = parts.filter((part) => part.type === 'integer')[1]?.value.length ?? 3;
  // Locales that group with a (no-break) space get whichever space the keyboard typed.
  const separator = /^\s$/.test(group) ? '[ \\u00a0\\u202f]' : escapeRegExp(group);
  return new RegExp(
    `^(\\d{1,${size}}(?:${separator}\\d{${size}})*${separator}\\d{3})(?:${escapeRegExp(decimal)}(\\d{1,2}))?$`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Integer cents as a decimal amount with two decimals ("-12.05"), computed without floats: what files carry. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
