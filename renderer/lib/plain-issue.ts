import { money } from '../components/inventory/money';
import { formatCount } from './format';

/**
 * The rule a value broke, as the contract's schema reports it: zod's issue while a form checks
 * itself, or the facts the host sends with a VALIDATION refusal (the same names, never the input).
 */
export interface BrokenRule {
  code?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  expected?: unknown;
}

/**
 * Plain wording for the generic rules (lengths, number limits, a number where text was typed), or
 * undefined for anything else, which keeps its own message. Messages written into the contract
 * itself (the password rule, say) never reach here. `field` is the contract's field name: amounts
 * of money are named `...Cents` and their limits are shown as money.
 */
export function plainIssueMessage(rule: BrokenRule, field: string): string | undefined {
  const exclusive = rule.inclusive === false;
  const amount = field.endsWith('Cents') ? money : formatCount;
  // A whole number's own safe range (beyond 2^53) is reported with origin 'int', other limits with 'number'.
  const numeric = rule.origin === 'number' || rule.origin === 'int';
  if (rule.code === 'too_small' && typeof rule.minimum === 'number') {
    const minimum = rule.minimum;
    if (rule.origin === 'string') return minimum <= 1 ? 'Required' : `Use at least ${formatCount(minimum)} characters`;
    if (numeric) return `Enter ${exclusive ? 'more than' : 'at least'} ${amount(minimum)}`;
    if (rule.origin === 'array' || rule.origin === 'set') return `Add at least ${formatCount(minimum)}`;
  }
  if (rule.code === 'too_big' && typeof rule.maximum === 'number') {
    const maximum = rule.maximum;
    if (rule.origin === 'string') return `Use at most ${formatCount(maximum)} characters`;
    if (numeric) return `Enter ${exclusive ? 'less than' : 'at most'} ${amount(maximum)}`;
    if (rule.origin === 'array' || rule.origin === 'set') return `Use at most ${formatCount(maximum)}`;
  }
  if (rule.code === 'invalid_type') {
    if (rule.expected === 'number') return 'Enter a number';
    if (rule.expected === 'int') return 'Enter a whole number';
  }
  return undefined;
}
