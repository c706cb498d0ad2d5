import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';

type TopBy = CustomersInput<'customers.top'>['by'];

/**
 * The ranking of each measure, best first, active customers only. Spend walks
 * IDX_customer_totals_spend from the top (totals kept by triggers, shared/sales.ts), skipping the
 * few archived customers on the way: a page reads about as many rows as it shows. Equal spends
 * come highest id first, the index's own order.
 */
const RANKINGS: Record<TopBy, string> = {
  spend: `
    SELECT ${SUMMARY_COLUMNS}
    FROM "customer_totals" t INDEXED BY "IDX_customer_totals_spend" JOIN "customers" c ON c."id" = t."customer_id"
    WHERE c."archived_at" IS NULL
    ORDER BY t."spend_cents" DESC, t."customer_id" DESC
    LIMIT @limit`,
  interactions: `
    WITH "counted" AS (
      SELECT "customer_id", COUNT(*) AS "interactions" FROM "customer_interactions" GROUP BY "customer_id"
    )
    SELECT ${SUMMARY_COLUMNS}
    FROM "counted" n JOIN "customers" c ON c."id" = n."customer_id"
    WHERE c."archived_at" IS NULL
    ORDER BY n."interactions" DESC, c."id"
    LIMIT @limit`,
};

/** Spend, orders and interactions of one customer, shown beside whichever measure ranked them. */
const MEASURES = `
  SELECT IFNULL((SELECT "spend_cents" FROM "customer_totals" WHERE "customer_id" = @id), 0) AS "spendCents",
         IFNULL((SELECT "order_count" FROM "customer_totals" WHERE "customer_id" = @id), 0) AS "orderCount",
         (SELECT COUNT(*) FROM "customer_interactions" WHERE "customer_id" = @id) AS "interactionCount"`;

/** The best customers by lifetime spend or by recorded interactions. */
export function topCustomers(
  sql: Database.Database,
  input: CustomersInput<'customers.top'>,
): ChannelOutput<'customers.top'> {
  const ranked = prepared(sql, RANKINGS[input.by]).all({ limit: input.limit }) as RawSummary[];
  const measures = prepared(sql, MEASURES);
  return {
    items: ranked.map((row) => ({
      ...toSummary(row),
      ...(measures.get({ id: row.id }) as { spendCents: number; orderCount: number; interactionCount: number }),
    })),
  };
}
