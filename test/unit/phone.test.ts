import { describe, expect, it } from 'vitest';
import { toStoredPhone } from '../../shared/phone';

const NETHERLANDS = { callingCode: '31', trunkPrefix: '0' };
const UNITED_KINGDOM = { callingCode: '44', trunkPrefix: '0' };
const ITALY = { callingCode: '39', trunkPrefix: '' };
const UNITED_STATES = { callingCode: '1', trunkPrefix: '1' };
const RUSSIA = { callingCode: '7', trunkPrefix: '8' };

describe('toStoredPhone', () => {
  it('without a phone country only removes formatting, as before there was one', () => {
    expect(toStoredPhone('06-12 34.56 78', null)).toEqual({ phone: '0612345678' });
    expect(toStoredPhone('(555) 123-4567', null)).toEqual({ phone: '5551234567' });
    expect(toStoredPhone('0031 6 12345678', null)).toEqual({ phone: '0031612345678' });
    expect(toStoredPhone('+31 6 12345678', null)).toEqual({ phone: '+31612345678' });
    expect(toStoredPhone('  ', null)).toEqual({ phone: null });
  });

  it('writes a Dutch mobile the same whichever way it was typed', () => {
    for (const typed of ['06 12345678', '0612345678', '+31 6 12345678', '0031 6 1234 5678', '(06) 1234-5678']) {
      expect(toStoredPhone(typed, NETHERLANDS)).toEqual({ phone: '+31612345678' });
    }
  });

  it('drops one trunk 0 of a UK number and keeps the rest', () => {
    expect(toStoredPhone('07700 900123', UNITED_KINGDOM)).toEqual({ phone: '+447700900123' });
    expect(toStoredPhone('020 7946 0001', UNITED_KINGDOM)).toEqual({ phone: '+442079460001' });
    expect(toStoredPhone('+44 7700 900123', UNITED_KINGDOM)).toEqual({ phone: '+447700900123' });
  });

  it('keeps the leading 0 of an Italian number, which is part of it', () => {
    expect(toStoredPhone('06 6988 1234', ITALY)).toEqual({ phone: '+390669881234' });
    expect(toStoredPhone('+39 06 6988 1234', ITALY)).toEqual({ phone: '+390669881234' });
  });

  it('writes a US number the same with or without the long-distance 1', () => {
    for (const typed of ['(555) 123-4567', '1 555 123 4567', '1-555-123-4567', '+1 555 123 4567', '001 555 123 4567']) {
      expect(toStoredPhone(typed, UNITED_STATES)).toEqual({ phone: '+15551234567' });
    }
  });

  it('drops whatever trunk prefix the country dials, not only a 0', () => {
    expect(toStoredPhone('8 912 345-67-89', RUSSIA)).toEqual({ phone: '+79123456789' });
    expect(toStoredPhone('912 345-67-89', RUSSIA)).toEqual({ phone: '+79123456789' });
  });

  it('does not guess that digits starting with the calling code already include it', () => {
    // "31 6 12345678" could be a national number starting with 31; the + is how the code is typed.
    expect(toStoredPhone('31 6 12345678', NETHERLANDS)).toEqual({ phone: '+3131612345678' });
  });

  it('refuses what is not a phone, counting the digits of the stored form', () => {
    const tooFewOrMany = { problem: 'A phone number has 7 to 15 digits' };
    expect(toStoredPhone('123456', null)).toEqual(tooFewOrMany);
    expect(toStoredPhone('1234567890123456', null)).toEqual(tooFewOrMany);
    // 14 digits typed, 16 once the calling code is in front: more than E.164 allows.
    expect(toStoredPhone('12345678901234', NETHERLANDS)).toEqual(tooFewOrMany);
    // 00 stands for the +, so five digits are left.
    expect(toStoredPhone('0012345', NETHERLANDS)).toEqual(tooFewOrMany);
    expect(toStoredPhone('+31 6 12345678 ext. 2', NETHERLANDS)).toEqual({
      problem: 'Use digits, spaces, dashes and brackets, with an optional leading +',
    });
    expect(toStoredPhone('06+12345678', NETHERLANDS)).toMatchObject({ problem: expect.any(String) });
  });
});
