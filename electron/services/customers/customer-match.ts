import type { PhoneCountry } from '../../../shared/contract/customers';
import { toPrefixQuery } from '../catalog/search-query';

/** Only digits and the signs people write phone numbers with; three digits before it means a phone. */
const PHONE_TEXT = /^\+?[\d\s().-]+$/;
const MIN_PHONE_DIGITS = 3;

/**
 * The FTS5 query for what was typed into a customer search: digits alone begin a phone number
 * (customer_search indexes it with and without its country code); typed with the phone country's
 * trunk prefix ("0612…"), they also begin the full form it was stored in (+31612…).
 * Anything else goes word by word, each word beginning a name or a word of the email before its
 * @ (the only part of an email customer_search indexes). Null when nothing can match.
 */
export function customerMatchQuery(text: string, country: PhoneCountry | null): string | null {
  const trimmed = text.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (PHONE_TEXT.test(trimmed) && digits.length >= MIN_PHONE_DIGITS) {
    const asTyped = `"phone" : "${digits}"*`;
    const trunk = country?.trunkPrefix ?? '';
    const national =
      trunk !== '' && !trimmed.startsWith('+') && digits.length > trunk.length && digits.startsWith(trunk);
    return country && national
      ? `${asTyped} OR "phone" : "${country.callingCode}${digits.slice(trunk.length)}"*`
      : asTyped;
  }
  const at = trimmed.indexOf('@');
  return toPrefixQuery(at < 0 ? trimmed : trimmed.slice(0, at));
}
