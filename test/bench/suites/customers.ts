import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { customersChannels } from '../../../shared/contract/customers';
import { loadCustomerProfile } from '../../../electron/services/customers/customer-profile';
import { lapsedCustomers } from '../../../electron/services/customers/lapsed-customers';
import { listCustomers } from '../../../electron/services/customers/list-customers';
import { neverPurchased } from '../../../electron/services/customers/never-purchased';
import { recomputeSegments } from '../../../electron/services/customers/recompute-segments';
import { searchCustomers } from '../../../electron/services/customers/search-customers';
import { topCustomers } from '../../../electron/services/customers/top-customers';
import { requireZonedStore } from '../../../electron/services/stores/store-zone';
import { percentile, percentiles, sample } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

/** Profiles of the customers with the most orders (the worst case) and of an even spread of ids. */
const HEAVIEST = 25;
const SPREAD = 175;
/** Customers whose name, email and phone are typed one keystroke at a time. */
const TYPISTS = 12;

const profileOutput = customersChannels['customers.get'].output;
const searchOutput = customersChannels['customers.search'].output;

/** The moment the seeded trade ends: "now" for recency, lapses and segments. */
function endOfTrade(sql: Database.Database): Date {
  return new Date(sql.prepare('SELECT MAX("placed_at") FROM "orders"').pluck().get() as string);
}

function sampledCustomers(sql: Database.Database): number[] {
  const heaviest = sql
    .prepare(
      `SELECT "customer_id" FROM "orders" WHERE "customer_id" IS NOT NULL
       GROUP BY "customer_id" ORDER BY COUNT(*) DESC LIMIT ${HEAVIEST}`,
    )
    .pluck()
    .all() as number[];
  const { first, last } = sql.prepare('SELECT MIN("id") AS "first", MAX("id") AS "last" FROM "customers"').get() as {
    first: number;
    last: number;
  };
  const step = Math.max(1, Math.floor((last - first) / SPREAD));
  const spread = Array.from({ length: SPREAD }, (_, i) => Math.min(last, first + i * step));
  return [...heaviest, ...spread];
}

/** customers.get as the dispatcher runs it: the profile, then the contract's output check. */
function profiles({ dataSource }: BenchContext): BenchFigure[] {
  const sql = sqliteOf(dataSource);
  const ids = sampledCustomers(sql);
  const samples: number[] = [];
  const heaviest: number[] = [];
  ids.forEach((id, index) => {
    const times = sample(() => profileOutput.parse(loadCustomerProfile(sql, id)), { warmup: 2, iterations: 10 });
    samples.push(...times);
    if (index < HEAVIEST) heaviest.push(...times);
  });
  const orders = sql.prepare('SELECT COUNT(*) FROM "orders" WHERE "customer_id" = ?').pluck().get(ids[0]) as number;
  const { p50, p95, p99 } = percentiles(samples);
  return [
    { name: 'customers.get profile p50', value: p50, unit: 'ms' },
    { name: 'customers.get profile p95', value: p95, unit: 'ms' },
    { name: 'customers.get profile p99', value: p99, unit: 'ms' },
    {
      name: `customers.get p95, ${HEAVIEST} heaviest (top: ${orders} orders)`,
      value: percentile(heaviest, 95),
      unit: 'ms',
    },
  ];
}

/** What a clerk types to find a customer: the name, the email, the phone without country code. */
function typedQueries(sql: Database.Database): string[] {
  const people = sql
    .prepare(
      `SELECT "first_name" AS "first", "last_name" AS "last", "email", "phone" FROM "customers"
       WHERE "id" % (SELECT MAX("id") / ${TYPISTS} FROM "customers") = 0 LIMIT ${TYPISTS}`,
    )
    .all() as { first: string; last: string; email: string | null; phone: string | null }[];
  const texts = people.flatMap((person) => [
    `${person.first} ${person.last}`,
    `${person.last} ${person.first.slice(0, 2)}`,
    ...(person.email === null ? [] : [person.email]),
    ...(person.phone === null ? [] : [person.phone.slice(2, 5) + ' ' + person.phone.slice(5)]),
  ]);
  return texts.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)));
}

function tillSearch({ dataSource }: BenchContext): BenchFigure[] {
  const sql = sqliteOf(dataSource);
  const samples = typedQueries(sql).flatMap((query) =>
    sample(() => searchOutput.parse(searchCustomers(sql, { query, limit: 10 })), { warmup: 1, iterations: 10 }),
  );
  const { p50, p95, p99 } = percentiles(samples);
  return [
    { name: 'customers.search as-you-type p50', value: p50, unit: 'ms' },
    { name: 'customers.search as-you-type p95', value: p95, unit: 'ms' },
    { name: 'customers.search as-you-type p99', value: p99, unit: 'ms' },
  ];
}

const p95Of = (name: string, fn: () => unknown, iterations = 50): BenchFigure => ({
  name,
  value: percentile(sample(fn, { warmup: 3, iterations }), 95),
  unit: 'ms',
});

/**
 * The manager's screens. The recompute runs inside a transaction that is rolled back, so the
 * cached bench database stays as seeded; the lists sorted by its scores are measured before.
 */
function managerLists({ dataSource, storeId }: BenchContext): BenchFigure[] {
  const sql = sqliteOf(dataSource);
  const now = { now: endOfTrade(sql), timeZone: requireZonedStore(sql, storeId).timeZone };
  const page = { includeArchived: false, limit: 50 } as const;
  const figures = [
    p95Of('customers.list first page p95, sort=name', () => listCustomers(sql, { ...page, sort: 'name' })),
    p95Of('customers.list search "mar" p95', () => listCustomers(sql, { ...page, sort: 'name', search: 'mar' })),
    p95Of('customers.lapsed 90 days first page p95', () => lapsedCustomers(sql, now, { days: 90, limit: 50 })),
    p95Of('customers.neverPurchased first page p95', () => neverPurchased(sql, { limit: 50 })),
    p95Of('customers.top by spend p95', () => topCustomers(sql, { by: 'spend', limit: 10 })),
    p95Of('customers.top by interactions p95', () => topCustomers(sql, { by: 'interactions', limit: 10 })),
  ];
  sql.exec('BEGIN');
  try {
    const started = performance.now();
    recomputeSegments(sql, now);
    figures.push({ name: 'customers.recomputeSegments', value: (performance.now() - started) / 1000, unit: 's' });
    figures.push(
      p95Of('customers.list first page p95, sort=spend', () => listCustomers(sql, { ...page, sort: 'spend' })),
      p95Of('customers.list first page p95, sort=lastPurchase', () =>
        listCustomers(sql, { ...page, sort: 'lastPurchase' }),
      ),
      p95Of('customers.list p95, segment=champions by spend', () =>
        listCustomers(sql, { ...page, sort: 'spend', segment: 'champions' }),
      ),
    );
  } finally {
    sql.exec('ROLLBACK');
  }
  return figures;
}

export const customersSuite: BenchSuite = {
  name: 'customers',
  description: 'Customer profile and till search p95, manager lists and the RFM recompute',
  run: (ctx) => [...profiles(ctx), ...tillSearch(ctx), ...managerLists(ctx)],
};
