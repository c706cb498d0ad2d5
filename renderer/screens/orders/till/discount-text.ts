import { parseMoney } from '../../../../shared/money';
import { BP_PER_WHOLE, type Discount } from '../../../../shared/pricing';
import { money } from '../../../components/inventory/money';
import { decimalSeparatorOf } from '../../../lib/number-entry';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });

export function describeDiscount(discount: Discount): string {
  return discount.type === 'amount'
    ? money(-discount.value)
    : `−${percentFormat.format(discount.value / BP_PER_WHOLE)}`;
}

export function formatPercentBp(bp: number): string {
  return percentFormat.format(bp / BP_PER_WHOLE);
}

/**
 * "10 %" is a percentage, with the locale's decimal mark ("12,5 %" in German); "2,50", "$2.50" or
 * "1.000,00" an amount, read as money of the locale (shared/money.ts). `locale` is the person's
 * when absent. Undefined for nothing typed, null when it is neither.
 */
export function parseDiscount(text: string, locale?: string): Discount | null | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const decimal = escapeRegExp(decimalSeparatorOf(locale));
  const percent = new RegExp(`^(\\d{1,3})(?:${decimal}(\\d{1,2}))?\\s*%$`).exec(typed);
  if (percent) {
    const bp = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'));
    return bp <= BP_PER_WHOLE ? { type: 'percent', value: bp } : null;
  }
  // A currency sign before or after the amount, as the locale writes it, is the person's to type or not.
  const cents = parseMoney(typed.replace(/^\p{Sc}\s*|\s*\p{Sc}$/gu, ''), locale);
  return cents === null ? null : { type: 'amount', value: cents };
}

/** The hint's examples, written as the locale writes them. */
export function discountExamples(locale?: string): { percent: string; amount: string } {
  return {
    percent: new Intl.NumberFormat(locale, { style: 'percent' }).format(0.1),
    amount: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, useGrouping: false }).format(2.5),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
