import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../../renderer/lib/phone';

describe('phone numbers as shown', () => {
  it('shows a number of the store’s country in its national form, however it was typed', () => {
    expect(formatPhone('+15551424014', '1')).toBe('(555) 142-4014');
    expect(formatPhone('555-142-4014', '1')).toBe('(555) 142-4014');
    expect(formatPhone('1 (555) 142 4014', '1')).toBe('(555) 142-4014');
  });

  it('shows a number of another country in international form with its code', () => {
    expect(formatPhone('+442079460958', '1')).toBe('+44 207 946 0958');
    expect(formatPhone('+33612345678', '1')).toBe('+33 612 345 678');
    expect(formatPhone('+3531234567', '1')).toBe('+353 123 4567');
    expect(formatPhone('+15551424014', '44')).toBe('+1 555-142-4014');
  });

  it('keeps the international form for a home country whose national form it does not know', () => {
    expect(formatPhone('+4915112345678', '49')).toBe('+49 151 123 456 78');
  });

  it('leaves what is not a plain number as it was typed', () => {
    expect(formatPhone(' 555 0142 ext. 12 ', '1')).toBe('555 0142 ext. 12');
    expect(formatPhone('0142', '1')).toBe('0142');
    expect(formatPhone('+', '1')).toBe('+');
  });
});
