import type Database from 'better-sqlite3';
import {
  phoneCountry,
  type CustomerSummary,
  type PhoneCountry,
  type PhoneCountrySaved,
} from '../../../shared/contract/customers';
import { AppError } from '../../../shared/errors';
import { toStoredPhone } from '../../../shared/phone';
import { prepared } from '../../../database/prepared';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';

const SETTING_KEY = 'customers.phoneCountry';

/** The phone country an admin set; null until one is (phones are then stored as typed). */
export function readPhoneCountry(sql: Database.Database): PhoneCountry | null {
  const stored = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').pluck().get(SETTING_KEY) as
    string | undefined;
  if (stored === undefined) return null;
  // A value written by something other than settings.setPhoneCountry must not rewrite phones.
  const parsed = phoneCountry.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}

/**
 * A typed phone in the form it is stored in under the phone country read once by the caller;
 * a number the country makes too long is refused on the phone field, as the contract's checks are.
 */
export function storedPhoneOf(typed: string | null, country: PhoneCountry | null): string | null {
  if (typed === null) return null;
  const stored = toStoredPhone(typed, country);
  if ('phone' in stored) return stored.phone;
  throw new AppError('VALIDATION', stored.problem, { issues: [{ path: 'phone', message: stored.problem }] });
}

/**
 * Sets the phone country and writes every stored phone without + in full form, in the caller's
 * transaction. A full form another customer holds, or that two phones would get, is left alone
 * on every side: those customers are returned in pairs to be merged, as one person is likely
 * behind them. The customers triggers carry each change to the search index and the sync outbox.
 */
export function savePhoneCountry(sql: Database.Database, now: Date, country: PhoneCountry): PhoneCountrySaved {
  prepared(
    sql,
    `INSERT INTO "settings" ("key", "value") VALUES (?, ?)
     ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
  ).run(SETTING_KEY, JSON.stringify(country));

  const summaries = prepared(
    sql,
    `SELECT ${SUMMARY_COLUMNS} FROM "customers" c WHERE c."phone" IS NOT NULL ORDER BY c."id"`,
  )
    .all()
    .map((row) => toSummary(row as RawSummary));
  const holders = new Map<string, CustomerSummary>();
  const claims = new Map<string, CustomerSummary[]>();
  let unchanged = 0;
  for (const customer of summaries) {
    const phone = customer.phone!;
    if (phone.startsWith('+')) {
      holders.set(phone, customer);
      continue;
    }
    const full = toStoredPhone(phone, country);
    if (!('phone' in full) || full.phone === null) {
      unchanged += 1;
      continue;
    }
    const claimants = claims.get(full.phone);
    if (claimants) claimants.push(customer);
    else claims.set(full.phone, [customer]);
  }

  const renumber = prepared(sql, 'UPDATE "customers" SET "phone" = ?, "updated_at" = ? WHERE "id" = ?');
  const duplicates: PhoneCountrySaved['duplicates'] = [];
  let renumbered = 0;
  for (const [phone, claimants] of claims) {
    const holder = holders.get(phone);
    if (holder === undefined && claimants.length === 1) {
      renumber.run(phone, now.toISOString(), claimants[0]!.id);
      renumbered += 1;
      continue;
    }
    const [first, ...others] = holder === undefined ? claimants : [holder, ...claimants];
    for (const second of others) duplicates.push({ phone, first: first!, second });
  }
  return { phoneCountry: country, renumbered, unchanged, duplicates };
}
