import type Database from 'better-sqlite3';
import {
  DEFAULT_APPROVAL_THRESHOLD_BP,
  DEFAULT_COUNT_APPROVAL_CENTS,
  DEFAULT_REFUND_APPROVAL_CENTS,
  MAX_ORDER_TOTAL_CENTS,
  type salesSettings,
} from '../../../shared/contract/orders';
import { BP_PER_WHOLE } from '../../../shared/pricing';
import { prepared } from '../../../database/prepared';
import type { z } from 'zod';

export type SalesSettings = z.infer<typeof salesSettings>;

interface Setting {
  key: string;
  fallback: number;
  max: number;
}

/** Each rule's row in the settings table, its default until an admin sets one, and its largest value. */
const SETTINGS: Record<keyof SalesSettings, Setting> = {
  approvalThresholdBp: {
    key: 'discount.approvalThresholdBp',
    fallback: DEFAULT_APPROVAL_THRESHOLD_BP,
    max: BP_PER_WHOLE,
  },
  refundApprovalCents: {
    key: 'refund.approvalThresholdCents',
    fallback: DEFAULT_REFUND_APPROVAL_CENTS,
    max: MAX_ORDER_TOTAL_CENTS,
  },
  countApprovalCents: {
    key: 'count.approvalThresholdCents',
    fallback: DEFAULT_COUNT_APPROVAL_CENTS,
    max: MAX_ORDER_TOTAL_CENTS,
  },
};

function readSetting(sql: Database.Database, { key, fallback, max }: Setting): number {
  const stored = prepared(sql, 'SELECT "value" FROM "settings" WHERE "key" = ?').get(key) as
    { value: string } | undefined;
  if (stored === undefined) return fallback;
  const value: unknown = JSON.parse(stored.value);
  // A value written by something other than settings.setSales must not silently loosen the rule.
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max ? (value as number) : fallback;
}

/** The deepest discount a clerk may give alone; the default applies until an admin sets one. */
export function readApprovalThreshold(sql: Database.Database): number {
  return readSetting(sql, SETTINGS.approvalThresholdBp);
}

/** The largest refund a clerk may give in one return alone. */
export function readRefundApprovalThreshold(sql: Database.Database): number {
  return readSetting(sql, SETTINGS.refundApprovalCents);
}

/** The largest change a clerk's count may make to stock alone, in cents at cost. */
export function readCountApprovalThreshold(sql: Database.Database): number {
  return readSetting(sql, SETTINGS.countApprovalCents);
}

export function readSalesSettings(sql: Database.Database): SalesSettings {
  return {
    approvalThresholdBp: readApprovalThreshold(sql),
    refundApprovalCents: readRefundApprovalThreshold(sql),
    countApprovalCents: readCountApprovalThreshold(sql),
  };
}

/** Stores the settings given and leaves the others as they are. */
export function writeSalesSettings(sql: Database.Database, changes: Partial<SalesSettings>): void {
  const upsert = prepared(
    sql,
    `INSERT INTO "settings" ("key", "value") VALUES (?, ?)
     ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
  );
  for (const name of Object.keys(SETTINGS) as (keyof SalesSettings)[]) {
    const value = changes[name];
    if (value !== undefined) upsert.run(SETTINGS[name].key, JSON.stringify(value));
  }
}
