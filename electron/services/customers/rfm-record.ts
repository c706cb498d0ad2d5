import type Database from 'better-sqlite3';
import type { CustomerSegmentName, RfmScores } from '../../../shared/contract/customers';
import { prepared } from '../../../database/prepared';

/** The customer_segments columns of `s`, named as RawRfm expects; all null through a LEFT JOIN without a row. */
export const RFM_COLUMNS = `s."segment", s."recency_days" AS "recencyDays", s."frequency", s."monetary_cents" AS "monetaryCents",
  s."r_score" AS "rScore", s."f_score" AS "fScore", s."m_score" AS "mScore", s."computed_at" AS "computedAt"`;

export interface RawRfm {
  segment: string | null;
  recencyDays: number;
  frequency: number;
  monetaryCents: number;
  rScore: number;
  fScore: number;
  mScore: number;
  computedAt: string;
}

export function toRfm(row: RawRfm): RfmScores | null {
  if (row.segment === null) return null;
  return {
    segment: row.segment as CustomerSegmentName,
    recencyDays: row.recencyDays,
    frequency: row.frequency,
    monetaryCents: row.monetaryCents,
    rScore: row.rScore,
    fScore: row.fScore,
    mScore: row.mScore,
    computedAt: row.computedAt,
  };
}

/** The customer's scores from the last recompute, or null if it did not score them. */
export function customerRfm(sql: Database.Database, customerId: number): RfmScores | null {
  const row = prepared(sql, `SELECT ${RFM_COLUMNS} FROM "customer_segments" s WHERE s."customer_id" = ?`).get(
    customerId,
  ) as RawRfm | undefined;
  return row ? toRfm(row) : null;
}
