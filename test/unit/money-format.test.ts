import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/money';
import { money } from '../../renderer/components/inventory/money';

describe('money as people read it', () => {
  it('writes a negative amount with the minus sign, as the receipt does, not a hyphen', () => {
    expect(formatMoney(-1_874, 'USD', 'en-US')).toBe('−$18.74');
    expect(formatMoney(-1_874, 'EUR', 'de-DE')).toBe('−18,74\u00a0€');
    expect(money(-1_874)).toBe(`−${money(1_874)}`);
  });

  it('leaves positive amounts and zero unsigned', () => {
    expect(formatMoney(1_874, 'USD', 'en-US')).toBe('$18.74');
    expect(formatMoney(0, 'USD', 'en-US')).toBe('$0.00');
  });
});
