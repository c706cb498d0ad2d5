import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import { joinMergedSessions } from '../recommendations/merge-sessions';
import { forgetSegment } from './archive-customer';
import type { CustomersInput } from './channel-input';
import { requireActiveCustomer, storeCreditBalance } from './customer-record';

export interface MergeOutcome {
  moved: { orders: number; interactions: number; storeCreditCents: number };
  filled: ('email' | 'phone')[];
}

/**
 * Folds a duplicate customer (source) into the one kept (target), inside the caller's
 * transaction: orders and interactions are re-pointed (an event both hold, the same product,
 * kind and moment, kept once: one customer has at most one, and a person signed up twice often
 * has the same events imported for both); store credit, whose ledger is
 * append-only, moves as a pair of adjustment entries; notes are appended; consent stands if
 * either gave it; the target takes the source's email or phone where it has none (the source
 * gives them up first, as each belongs to one customer). The source is archived, not deleted.
 */
export function mergeCustomers(
  sql: Database.Database,
  staffId: number,
  now: Date,
  input: CustomersInput<'customers.merge'>,
): MergeOutcome {
  const source = requireActiveCustomer(sql, input.sourceId);
  const target = requireActiveCustomer(sql, input.targetId);
  const stamp = now.toISOString();
  const ids = { source: source.id, target: target.id, now: stamp };

  const orders = prepared(
    sql,
    'UPDATE "orders" SET "customer_id" = @target, "updated_at" = @now WHERE "customer_id" = @source',
  ).run(ids).changes;
  joinMergedSessions(sql, source.id, target.id);
  const pair = { source: source.id, target: target.id };
  prepared(
    sql,
    `DELETE FROM "customer_interactions" AS s WHERE s."customer_id" = @source AND EXISTS (
       SELECT 1 FROM "customer_interactions" t WHERE t."customer_id" = @target AND t."product_id" = s."product_id"
         AND t."kind" = s."kind" AND t."occurred_at" = s."occurred_at")`,
  ).run(pair);
  const interactions = prepared(
    sql,
    'UPDATE "customer_interactions" SET "customer_id" = @target WHERE "customer_id" = @source',
  ).run(pair).changes;
  const storeCreditCents = moveStoreCredit(sql, staffId, now, source.id, target.id);

  const takeEmail = target.email === null && source.email !== null;
  const takePhone = target.phone === null && source.phone !== null;
  prepared(
    sql,
    `UPDATE "customers" SET "email" = CASE WHEN @takeEmail THEN NULL ELSE "email" END,
       "phone" = CASE WHEN @takePhone THEN NULL ELSE "phone" END, "archived_at" = @now, "updated_at" = @now
     WHERE "id" = @source`,
  ).run({ source: source.id, now: stamp, takeEmail: Number(takeEmail), takePhone: Number(takePhone) });
  forgetSegment(sql, source.id);

  const notes = [target.notes, source.notes === null ? null : `Merged from customer #${source.id}: ${source.notes}`]
    .filter((note) => note !== null)
    .join('\n\n');
  prepared(
    sql,
    `UPDATE "customers" SET "email" = @email, "phone" = @phone, "notes" = @notes, "marketing_consent" = @consent,
       "updated_at" = @now
     WHERE "id" = @target`,
  ).run({
    target: target.id,
    now: stamp,
    email: takeEmail ? source.email : target.email,
    phone: takePhone ? source.phone : target.phone,
    notes: notes === '' ? null : notes,
    consent: Number(target.marketingConsent || source.marketingConsent),
  });

  const filled: MergeOutcome['filled'] = [];
  if (takeEmail) filled.push('email');
  if (takePhone) filled.push('phone');
  return { moved: { orders, interactions, storeCreditCents }, filled };
}

/** Moves the whole balance: out of the source, into the target. Returns the cents moved. */
function moveStoreCredit(
  sql: Database.Database,
  staffId: number,
  now: Date,
  sourceId: number,
  targetId: number,
): number {
  const balance = storeCreditBalance(sql, sourceId);
  if (balance <= 0) return 0;
  const entry = prepared(
    sql,
    `INSERT INTO "store_credit_entries" ("uid", "customer_id", "amount_cents", "reason", "staff_id", "created_at")
     VALUES (?, ?, ?, 'adjustment', ?, ?)`,
  );
  entry.run(newUid(now.getTime()), sourceId, -balance, staffId, now.toISOString());
  entry.run(newUid(now.getTime()), targetId, balance, staffId, now.toISOString());
  return balance;
}
