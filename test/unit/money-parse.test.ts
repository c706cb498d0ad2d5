import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../shared/money';

describe('money as people type it', () => {
  it('reads a point or a comma before the cents, with no thousands grouped', () => {
    expect(parseMoney('12.34', 'en-US')).toBe(1_234);
    expect(parseMoney('12,34', 'de-DE')).toBe(1_234);
    expect(parseMoney(' 12 ', 'de-DE')).toBe(1_200);
  });

  it('reads thousands grouped the way the locale writes them', () => {
    expect(parseMoney('1.234,50', 'de-DE')).toBe(123_450);
    expect(parseMoney('1.234', 'de-DE')).toBe(123_400);
    expect(parseMoney('1.234.567,89', 'de-DE')).toBe(123_456_789);
    expect(parseMoney('1,234.50', 'en-US')).toBe(123_450);
    expect(parseMoney('1,23,456.50', 'en-IN')).toBe(12_345_650);
    expect(parseMoney('1 234,50', 'fr-FR')).toBe(123_450);
    expect(parseMoney('1\u202f234,50', 'fr-FR')).toBe(123_450);
  });

  it("refuses another locale's grouping rather than read it as a different amount", () => {
    expect(parseMoney('1,234', 'de-DE')).toBeNull();
    expect(parseMoney('1,234.50', 'de-DE')).toBeNull();
    expect(parseMoney('1.234,50', 'en-US')).toBeNull();
    expect(parseMoney('1.234', 'en-US')).toBeNull();
    expect(parseMoney('1.234.50', 'de-DE')).toBeNull();
    expect(parseMoney('12.34.567', 'de-DE')).toBeNull();
  });

  it('refuses what is not an amount', () => {
    expect(parseMoney('', 'de-DE')).toBeNull();
    expect(parseMoney('-5', 'de-DE')).toBeNull();
    expect(parseMoney('12,345', 'fr-FR')).toBeNull();
    expect(parseMoney('1.234.567.890', 'de-DE')).toBeNull();
  });
});
