import { MAX_SALE_QUANTITY } from '../../../../shared/contract/orders';
import { formatCount } from '../../../lib/format';

/** "3*" before a code or words adds three at once. */
const QUANTITY_PREFIX = /^\s*(\d+)\s*\*\s*/;

export type ScanEntry =
  { quantity: number; rest: string; problem: null } | { quantity: null; rest: string; problem: string };

/**
 * Splits what was typed into the scan box into its quantity and the code or words after it. A
 * quantity a sale line cannot hold is a problem to show, never quietly turned into another one.
 */
export function splitQuantity(text: string): ScanEntry {
  const match = QUANTITY_PREFIX.exec(text);
  if (!match) return { quantity: 1, rest: text.trim(), problem: null };
  const rest = text.slice(match[0].length).trim();
  const quantity = Number(match[1]);
  if (quantity < 1 || quantity > MAX_SALE_QUANTITY)
    return { quantity: null, rest, problem: `Quantity must be 1 to ${formatCount(MAX_SALE_QUANTITY)}.` };
  return { quantity, rest, problem: null };
}
