import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, isNumber, readDecimal, readWholeNumber } from '../../../renderer/lib/number-entry';

describe('a whole-number box (quantities, counts, days)', () => {
  it('reads a whole number, typed or stepped, and an empty box as empty', () => {
    expect(readWholeNumber(12)).toBe(12);
    expect(readWholeNumber('007')).toBe(7);
    expect(readWholeNumber('')).toBe('');
  });

  it('never reads a fraction as another number, whichever mark was typed', () => {
    // Mantine hands over 12.5 for "12,5" and "12.5" alike, and text for "12." or "12.0".
    expect(readWholeNumber(12.5)).toBeNaN();
    expect(readWholeNumber('12.')).toBeNaN();
    expect(readWholeNumber('12.0')).toBeNaN();
    expect(readWholeNumber('1.000')).toBeNaN();
    expect(readWholeNumber('-')).toBeNaN();
    expect(readWholeNumber('99999999999999999')).toBeNaN();
  });
});

describe('a decimal box (rates, measures)', () => {
  it('reads what is typed so far as the number it already is', () => {
    expect(readDecimal(8.25)).toBe(8.25);
    expect(readDecimal('8.')).toBe(8);
    expect(readDecimal('1.50')).toBe(1.5);
    expect(readDecimal('.5')).toBe(0.5);
    expect(readDecimal('')).toBe('');
  });

  it('reads a lone sign or mark as no number', () => {
    expect(readDecimal('-')).toBeNaN();
    expect(readDecimal('.')).toBeNaN();
  });
});

describe('what a box holds', () => {
  it('is a number only when neither empty nor unreadable', () => {
    expect(isNumber(0)).toBe(true);
    expect(isNumber('')).toBe(false);
    expect(isNumber(Number.NaN)).toBe(false);
  });
});

describe('the decimal mark boxes show', () => {
  it('is the locale’s own', () => {
    expect(decimalSeparatorOf('de-DE')).toBe(',');
    expect(decimalSeparatorOf('en-US')).toBe('.');
    expect(decimalSeparatorOf('fr-FR')).toBe(',');
  });
});
