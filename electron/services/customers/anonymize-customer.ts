import type Database from 'better-sqlite3';
import { ANONYMIZED_NAME } from '../../../shared/contract/customers';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';
import { forgetSegment } from './archive-customer';
import type { CustomersInput } from './channel-input';
import { fullName, requireCustomer } from './customer-record';

const sameName = (typed: string, actual: string) => typed.replace(/\s+/g, ' ').trim() === actual.replace(/\s+/g, ' ');

/**
 * Staff messages attached to the customer are about the person ("rang, call back on ..."): they
 * are emptied as a deleted message is (text, record link, mentions and pin go, the row stays so
 * the conversation shows where it was). The message search index follows by trigger.
 */
const ERASE_MENTIONS = `DELETE FROM "message_mentions" WHERE "message_id" IN (
  SELECT "id" FROM "messages" WHERE "record_kind" = 'customer' AND "record_id" = ?)`;
const ERASE_MESSAGES = `UPDATE "messages" SET "body" = '', "deleted_at" = @now, "record_kind" = NULL, "record_id" = NULL,
  "pinned_at" = NULL, "pinned_by" = NULL WHERE "record_kind" = 'customer' AND "record_id" = @id`;

/**
 * Erases a person while keeping the trade true: orders (and so every total and report) stay,
 * pointing at a customer who is no longer anyone. The typed name must match the current one, so
 * this never happens by a slip of the mouse. The customer search index follows by trigger.
 */
export function anonymizeCustomer(
  sql: Database.Database,
  now: Date,
  input: CustomersInput<'customers.anonymize'>,
): void {
  const customer = requireCustomer(sql, input.id);
  if (!sameName(input.confirmName, fullName(customer))) {
    throw new AppError('VALIDATION', 'Type the customer’s full name exactly as shown to confirm.', {
      issues: [{ path: 'confirmName', message: 'Does not match the customer’s name' }],
    });
  }
  prepared(
    sql,
    `UPDATE "customers" SET "first_name" = @firstName, "last_name" = @lastName, "email" = NULL, "phone" = NULL,
       "notes" = NULL, "marketing_consent" = 0, "archived_at" = IFNULL("archived_at", @now), "updated_at" = @now
     WHERE "id" = @id`,
  ).run({ ...ANONYMIZED_NAME, id: customer.id, now: now.toISOString() });
  prepared(sql, ERASE_MENTIONS).run(customer.id);
  prepared(sql, ERASE_MESSAGES).run({ id: customer.id, now: now.toISOString() });
  forgetSegment(sql, customer.id);
}
