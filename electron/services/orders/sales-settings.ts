import type Database from 'better-sqlite3';
import { DEFAULT_APPROVAL_THRESHOLD_BP } from '../../../shared/contract/orders';
import { BP_PER_WHOLE } from '../../../shared/pricing';
import { prepared } from '../../../database/prepared';

const APPROVAL_THRESHOLD_KEY = 'discount.approvalThresholdBp';

/** The deepest discount a clerk may give alone; the default applies until an admin sets one. */
export function readApprovalThreshold(sql: Database.Database): number {
  const stored = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').get(APPROVAL_THRESHOLD_KEY) as
    { value: string } | undefined;
  if (stored === undefined) return DEFAULT_APPROVAL_THRESHOLD_BP;
  const value: unknown = JSON.parse(stored.value);
  // A value written by something other than settings.setSales must not silently loosen the rule.
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= BP_PER_WHOLE
    ? (value as number)
    : DEFAULT_APPROVAL_THRESHOLD_BP;
}

export function writeApprovalThreshold(sql: Database.Database, thresholdBp: number): void {
  prepared(
    sql,
    `INSERT INTO "settings" ("key", "value") VALUES (?, ?)
     ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
  ).run(APPROVAL_THRESHOLD_KEY, JSON.stringify(thresholdBp));
}
