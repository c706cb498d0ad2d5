import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { requireFreeContact, requireStore } from './contact-rules';
import { requireActiveCustomer } from './customer-record';
import { readPhoneCountry, storedPhoneOf } from './phone-country';

interface CustomerFields {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  marketingConsent: boolean;
  notes: string | null;
  homeStoreId: number | null;
}

const COLUMNS: Record<keyof CustomerFields, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  email: 'email',
  phone: 'phone',
  marketingConsent: 'marketing_consent',
  notes: 'notes',
  homeStoreId: 'home_store_id',
};

const FIELDS = Object.keys(COLUMNS) as (keyof CustomerFields)[];

function sqlValues(fields: CustomerFields): Record<string, unknown> {
  return { ...fields, marketingConsent: fields.marketingConsent ? 1 : 0 };
}

/** Signs a customer up; their home store is the signing staff member's unless given. Returns the id. */
export function createCustomer(
  sql: Database.Database,
  storeId: number,
  now: Date,
  input: CustomersInput<'customers.create'>,
): number {
  const fields: CustomerFields = {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email ?? null,
    phone: storedPhoneOf(input.phone ?? null, readPhoneCountry(sql)),
    marketingConsent: input.marketingConsent,
    notes: input.notes ?? null,
    homeStoreId: input.homeStoreId === undefined ? storeId : input.homeStoreId,
  };
  if (fields.homeStoreId !== null) requireStore(sql, fields.homeStoreId);
  requireFreeContact(sql, fields, null);
  const result = prepared(
    sql,
    `INSERT INTO "customers" ("uid", ${FIELDS.map((field) => `"${COLUMNS[field]}"`).join(', ')}, "created_at", "updated_at")
     VALUES (@uid, ${FIELDS.map((field) => `@${field}`).join(', ')}, @now, @now)`,
  ).run({ ...sqlValues(fields), uid: newUid(now.getTime()), now: now.toISOString() });
  return Number(result.lastInsertRowid);
}

/**
 * Changes the given fields of an active customer; returns the names of those that changed
 * (never their values: the audit log is append-only and must not keep personal data).
 */
export function updateCustomer(
  sql: Database.Database,
  now: Date,
  input: CustomersInput<'customers.update'>,
): (keyof CustomerFields)[] {
  const current = requireActiveCustomer(sql, input.id);
  const given = {
    ...input,
    phone: input.phone === undefined ? undefined : storedPhoneOf(input.phone, readPhoneCountry(sql)),
  };
  const next = Object.fromEntries(
    FIELDS.map((field) => [field, given[field] === undefined ? current[field] : given[field]]),
  ) as unknown as CustomerFields;
  const changed = FIELDS.filter((field) => next[field] !== current[field]);
  if (changed.length === 0) return changed;

  if (changed.includes('homeStoreId') && next.homeStoreId !== null) requireStore(sql, next.homeStoreId);
  requireFreeContact(
    sql,
    { email: changed.includes('email') ? next.email : null, phone: changed.includes('phone') ? next.phone : null },
    current.id,
  );
  prepared(
    sql,
    `UPDATE "customers" SET ${FIELDS.map((field) => `"${COLUMNS[field]}" = @${field}`).join(', ')}, "updated_at" = @now
     WHERE "id" = @id`,
  ).run({ ...sqlValues(next), id: current.id, now: now.toISOString() });
  return changed;
}
