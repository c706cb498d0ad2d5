import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';

type TopBy = CustomersInput<'customers.top'>['by'];

/**
 * The ranking of each measure, best first, active customers only. Each walks its kept table's
 * index from the top (spend: IDX_customer_totals_spend, totals by shared/sales.ts; interactions:
 * IDX_customer_interaction_totals_count, counted as the profile counts them, migration 0027),
 * skipping the few archived customers on the way: a page reads about as many rows as it shows.
 * Equal measures come highest id first, the index's own order.
 */
const RANKINGS: Record<TopBy, string> = {
  spend: `
    SELECT ${SUMMARY_COLUMNS}
    FROM "customer_totals" t INDEXED BY "IDX_customer_totals_spend" JOIN "customers" c ON c."id" = t."customer_id"
    WHERE c."archived_at" IS NULL
    ORDER BY t."spend_cents" DESC, t."customer_id" DESC
    LIMIT @limit`,
  interactions: `
    SELECT ${SUMMARY_COLUMNS}
    FROM "customer_interaction_totals" n INDEXED BY "IDX_customer_interaction_totals_count"
    JOIN "customers" c ON c."id" = n."customer_id"
    WHERE c."archived_at" IS NULL
    ORDER BY n."interaction_count" DESC, n."customer_id" DESC
    LIMIT @limit`,
};

/**
 * Spend, orders and interactions of one customer, shown beside whichever measure ranked them: the
 * interactions are the sum the customer's profile shows, 0 when they have none.
 */
const MEASURES = `
  SELECT IFNULL((SELECT "spend_cents" FROM "customer_totals" WHERE "customer_id" = @id), 0) AS "spendCents",
         IFNULL((SELECT "order_count" FROM "customer_totals" WHERE "customer_id" = @id), 0) AS "orderCount",
         IFNULL((SELECT "interaction_count" FROM "customer_interaction_totals" WHERE "customer_id" = @id), 0)
           AS "interactionCount"`;

/** The best customers by lifetime spend or by interactions (purchases, views, carts and ratings). */
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
