import { BP_PER_WHOLE, type Discount } from '../../../../shared/pricing';
import { money } from '../../../components/inventory/money';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });

export function describeDiscount(discount: Discount): string {
  return discount.type === 'amount'
    ? money(-discount.value)
    : `−${percentFormat.format(discount.value / BP_PER_WHOLE)}`;
}

export function formatPercentBp(bp: number): string {
  return percentFormat.format(bp / BP_PER_WHOLE);
}

/** "10%" or "10" is a percentage, "2.50" or "$2.50" an amount; null when it is neither. */
export function parseDiscount(text: string): Discount | null | undefined {
  const typed = text.trim();
  if (typed === '') return undefined;
  const percent = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%$/.exec(typed);
  if (percent) {
    const bp = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'));
    return bp <= BP_PER_WHOLE ? { type: 'percent', value: bp } : null;
  }
  const amount = /^\D?\s*(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(typed);
  if (!amount) return null;
  return { type: 'amount', value: Number(amount[1]) * 100 + Number((amount[2] ?? '').padEnd(2, '0')) };
}
