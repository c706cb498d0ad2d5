import type { PhoneCountry } from './contract/customers';

/** What a typed phone becomes: its stored spelling (null for an empty box), or why it is not a phone. */
export type StoredPhone = { phone: string | null } | { problem: string };

/** The signs people write phone numbers with, dropped before anything else. */
const FORMATTING = /[\s().-]/g;

/**
 * The one spelling a phone is stored in, so one number is one value and the customers' UNIQUE
 * phone means something. Formatting goes; a leading + is kept. Without a phone country the digits
 * stay as typed. With one, a number typed without + is made international: a leading 00 becomes
 * +, else the country's trunk prefix, when typed, is dropped and +callingCode goes in front (US
 * "1 555 123 4567" and "555 123 4567" are both +15551234567). E.164 allows 15 digits.
 */
export function toStoredPhone(typed: string, country: PhoneCountry | null): StoredPhone {
  const stripped = typed.replace(FORMATTING, '');
  if (stripped === '') return { phone: null };
  if (!/^\+?\d+$/.test(stripped))
    return { problem: 'Use digits, spaces, dashes and brackets, with an optional leading +' };
  const phone = stripped.startsWith('+') || country === null ? stripped : international(stripped, country);
  if (!/^\+?\d{7,15}$/.test(phone)) return { problem: 'A phone number has 7 to 15 digits' };
  return { phone };
}

function international(digits: string, country: PhoneCountry): string {
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  const { trunkPrefix } = country;
  const national = trunkPrefix !== '' && digits.startsWith(trunkPrefix) ? digits.slice(trunkPrefix.length) : digits;
  return `+${country.callingCode}${national}`;
}
