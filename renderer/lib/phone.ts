/**
 * Phone numbers are kept as they were typed or imported ("+15551424014", "555-142-4014"). Shown,
 * they read the way people write them: a number of the store's own country in its national form,
 * any other in international form with its country code.
 */

/** The store's country calling code; one place to change once stores carry their country. */
export const STORE_CALLING_CODE = '1';

/** Country calling codes are prefix-free: these have one or two digits (ITU-T E.164), every other three. */
const ONE_DIGIT_CODES = new Set(['1', '7']);
const TWO_DIGIT_CODES = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

/** National forms this app knows, by calling code; a country without one shows the international form. */
const NATIONAL_FORMS: Record<string, (digits: string) => string | null> = {
  // North America: (555) 142-4014.
  '1': (digits) => (digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : null),
};

/** What people write between digits; anything else (an extension, a name) leaves the text as it is. */
const SEPARATORS = /[\s().\-/]/g;

export function formatPhone(phone: string, homeCallingCode: string = STORE_CALLING_CODE): string {
  const typed = phone.trim();
  const compact = typed.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return typed;
  if (!compact.startsWith('+')) return nationalForm(homeCallingCode, compact) ?? typed;
  const digits = compact.slice(1);
  const code = callingCodeOf(digits);
  const number = digits.slice(code.length);
  if (number === '') return typed;
  if (code === homeCallingCode) return nationalForm(code, number) ?? international(code, number);
  return international(code, number);
}

function callingCodeOf(digits: string): string {
  if (ONE_DIGIT_CODES.has(digits.slice(0, 1))) return digits.slice(0, 1);
  if (TWO_DIGIT_CODES.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/** A number typed without "+" is taken as national; North Americans often lead with their "1". */
function nationalForm(code: string, number: string): string | null {
  const form = NATIONAL_FORMS[code];
  if (!form) return null;
  return form(number) ?? (number.startsWith(code) ? form(number.slice(code.length)) : null);
}

/** "+1 555-142-4014" for North America; elsewhere the digits in threes, a last lone digit kept with the three before. */
function international(code: string, number: string): string {
  if (code === '1' && number.length === 10) return `+1 ${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`;
  const groups = number.match(/\d{1,3}/g) ?? [];
  if (groups.length > 1 && groups[groups.length - 1]!.length === 1) {
    const last = groups.pop()!;
    groups[groups.length - 1] += last;
  }
  return `+${code} ${groups.join(' ')}`;
}
