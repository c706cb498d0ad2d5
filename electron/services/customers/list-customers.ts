import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import type { CustomerListRow } from '../../../shared/contract/customers';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { customerMatchQuery } from './customer-match';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';
import { AFTER_NAME, NAME_ORDER, afterName, nameCursor } from './name-keyset';
import { readPhoneCountry } from './phone-country';
import { RFM_COLUMNS, toRfm, type RawRfm } from './rfm-record';
import { scoredCursor, scoredCustomers } from './scored-customers';

type RawRow = RawSummary & RawRfm;
type ListInput = CustomersInput<'customers.list'>;

/**
 * One page of customers by keyset, never OFFSET and never counted. Filters become fixed SQL
 * fragments with bound values, so each combination is one cached statement. An empty search is
 * no filter; one with nothing searchable in it (only punctuation) matches nobody.
 */
export function listCustomers(sql: Database.Database, input: ListInput): ChannelOutput<'customers.list'> {
  const search = input.search?.trim() ? input.search : undefined;
  const match = search === undefined ? undefined : customerMatchQuery(search, readPhoneCountry(sql));
  if (match === null) return { items: [], nextCursor: null };

  const page = { ...input, match, limit: input.limit + 1 };
  const rows =
    input.sort === 'name'
      ? byName(sql, page)
      : scoredCustomers(sql, { ...page, sort: input.sort, segment: input.segment, cursor: input.cursor });
  const kept = rows.slice(0, input.limit);
  const last = kept[kept.length - 1];
  const cursorOf = (row: RawRow) => (input.sort === 'name' ? nameCursor(row) : scoredCursor(input.sort, row));
  return {
    items: kept.map((row): CustomerListRow => ({ ...toSummary(row), rfm: toRfm(row) })),
    nextCursor: rows.length > input.limit && last ? cursorOf(last) : null,
  };
}

/** A→Z along IDX_customers_name, every customer, with their scores where they have some. */
function byName(sql: Database.Database, input: ListInput & { match: string | undefined }): RawRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit };
  if (!input.includeArchived) where.push('c."archived_at" IS NULL');
  if (input.segment !== undefined) {
    where.push('s."segment" = @segment');
    params.segment = input.segment;
  }
  if (input.match !== undefined) {
    where.push('c."id" IN (SELECT "rowid" FROM "customer_search" WHERE "customer_search" MATCH @match)');
    params.match = input.match;
  }
  if (input.cursor !== undefined) {
    where.push(AFTER_NAME);
    Object.assign(params, afterName(input.cursor));
  }
  return prepared(
    sql,
    `SELECT ${SUMMARY_COLUMNS}, ${RFM_COLUMNS}
     FROM "customers" c LEFT JOIN "customer_segments" s ON s."customer_id" = c."id"
     ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
     ORDER BY ${NAME_ORDER}
     LIMIT @limit`,
  ).all(params) as RawRow[];
}
