import { formatMoney, parseMoney, type Cents } from '../../../shared/money';

/** The store's currency; one place to change once stores carry their own. */
export const CURRENCY = 'USD';

export function money(cents: Cents): string {
  return formatMoney(cents, CURRENCY);
}

/** An amount as a person edits it in their locale: "12.34" or "12,34", no currency sign, no grouping. */
const editFormat = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: false,
});

export function centsToText(cents: Cents | null): string {
  return cents === null ? '' : editFormat.format(cents / 100);
}

/** Null for an empty box; NaN for text that is not an amount. */
export function textToCents(text: string): Cents | null {
  if (text.trim() === '') return null;
  return parseMoney(text) ?? Number.NaN;
}

export const CURRENCY_SYMBOL =
  new Intl.NumberFormat(undefined, { style: 'currency', currency: CURRENCY })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value ?? CURRENCY;

export const MONEY_EXAMPLE = centsToText(1234);
