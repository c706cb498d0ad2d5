import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { SeededRandom } from '../../../database/seed/random';
import type { TradeFilter } from '../../../electron/services/analytics/filters';
import { addDays } from '../../../shared/local-day';
import { openTestBackroom, setUpStore } from '../../helpers/backroom';
import { writeHistory, type WorldStore } from '../../integration/analytics/trade-world';
import { assertSameAnswer } from './compare';
import { duckdbAnswers } from './duckdb-answers';
import { loadIntoDuckDB } from './duckdb-load';
import { describeFilter } from './filters';
import { QUESTIONS } from './questions';

const ORDERS = 1_000;
const FILTERS = 8;
/** Days the world's clocks change (New York, Lord Howe), where a wrong local day shows first. */
const CLOCK_CHANGES = ['2026-03-08', '2026-11-01', '2026-04-05', '2026-10-04'];

interface World {
  stores: WorldStore[];
  categories: number[];
  brands: number[];
}

/** Stores in four zones (one with half-hour changes), a category tree, brands, products and customers. */
async function buildWorld(
  sql: Database.Database,
  random: SeededRandom,
  addStore: (code: string, zone: string) => Promise<number>,
) {
  const stores: WorldStore[] = [];
  for (const zone of ['Australia/Lord_Howe', 'Asia/Kolkata', 'UTC']) {
    stores.push({ id: await addStore(`W${stores.length + 1}`, zone), zone });
  }
  const insert = (statement: string, ...values: unknown[]) =>
    Number(sql.prepare(statement).run(newUid(), ...values).lastInsertRowid);
  const category = (name: string, parent: number | null) =>
    insert('INSERT INTO "categories" ("uid", "name", "parent_id") VALUES (?, ?, ?)', name, parent);
  const food = category('Food', null);
  const dairy = category('Dairy', food);
  const categories = [food, dairy, category('Cheese', dairy), category('Tools', null)];
  const brands = ['Acme', 'Brio', 'Cora'].map((name) =>
    insert('INSERT INTO "brands" ("uid", "name") VALUES (?, ?)', name),
  );
  const products = Array.from({ length: 20 }, (_, index) =>
    insert(
      `INSERT INTO "products" ("uid", "sku", "name", "price_cents", "cost_cents", "tax_rate_bp", "category_id", "brand_id")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      `W-${index}`,
      `World ${index}`,
      random.int(0, 5_000),
      random.int(0, 2_000),
      random.pick([0, 500, 825, 2000]),
      random.chance(0.15) ? null : random.pick(categories),
      random.chance(0.2) ? null : random.pick(brands),
    ),
  );
  const customers = Array.from({ length: 30 }, (_, index) =>
    insert('INSERT INTO "customers" ("uid", "first_name", "last_name") VALUES (?, ?, ?)', 'Client', `No ${index}`),
  );
  return { stores, categories, brands, products, customers };
}

function drawWorldFilters(random: SeededRandom, world: World): TradeFilter[] {
  return Array.from({ length: FILTERS }, (_, index) => {
    const fromDay =
      index % 3 === 0
        ? addDays(random.pick(CLOCK_CHANGES), -random.int(0, 1))
        : addDays('2025-11-25', random.int(0, 440));
    const filter: TradeFilter = { fromDay, toDay: addDays(fromDay, random.pick([0, 1, 6, 45, 200, 400])) };
    if (random.chance(0.5)) {
      filter.storeIds = world.stores.filter(() => random.chance(0.5)).map((store) => store.id);
      if (filter.storeIds.length === 0) filter.storeIds = [random.pick(world.stores).id];
    }
    if (random.chance(0.3)) filter.categoryId = random.pick(world.categories);
    if (random.chance(0.3)) filter.brandId = random.pick(world.brands);
    return filter;
  });
}

/** The world must hold what the seeded files lack, or agreeing on it proves nothing more. */
function requireEveryKindOfWrite(sql: Database.Database): void {
  const counts = sql
    .prepare(
      `SELECT (SELECT COUNT(*) FROM "order_returns") AS "returns",
              (SELECT COUNT(*) FROM "orders" WHERE "status" = 'cancelled') AS "cancellations",
              (SELECT COUNT(*) FROM "order_lines" WHERE "discount_bp" IS NOT NULL) AS "percentage discounts",
              (SELECT COUNT(*) FROM "payments" WHERE "kind" = 'refund') AS "refunds"`,
    )
    .get() as Record<string, number>;
  const missing = Object.keys(counts).filter((kind) => counts[kind] === 0);
  if (missing.length > 0) throw new Error(`The trade world holds no ${missing.join(', ')}.`);
}

/**
 * The seeded benchmark files hold no returns, cancellations, refunds or percentage discounts, so
 * DuckDB agreeing with the rollups there says nothing about how its questions treat those. Before
 * anything is timed, every question is asked of a small history that has all of them, written at
 * clock changes and local midnights in four zones (the figures tests' trade world), and the
 * rollups, the raw scan and DuckDB must answer it identically. Returns the answers compared.
 */
export async function checkDefinitionsOnTradeWorld(): Promise<number> {
  const test = await openTestBackroom();
  try {
    const admin = await setUpStore(test, 'America/New_York');
    const sql = sqliteOf(test.backroom.dataSource);
    const random = new SeededRandom('20261206');
    const addStore = async (code: string, zone: string) => {
      const storeId = Number(
        sql.prepare('INSERT INTO "stores" ("uid", "code", "name") VALUES (?, ?, ?)').run(newUid(), code, zone)
          .lastInsertRowid,
      );
      await test.ok('stores.setTimeZone', { storeId, timeZone: zone }, admin.token);
      return storeId;
    };
    const world = await buildWorld(sql, random, addStore);
    const stores = [{ id: admin.staff.storeId, zone: 'America/New_York' }, ...world.stores];
    sql.transaction(() => writeHistory(sql, random, { ...world, stores, staffId: admin.staff.id, orders: ORDERS }))();
    requireEveryKindOfWrite(sql);

    const duck = await loadIntoDuckDB(sql);
    try {
      const answers = await duckdbAnswers(
        duck.connection,
        stores.map((store) => store.id).sort((a, b) => a - b),
      );
      let compared = 0;
      for (const filter of drawWorldFilters(random, { ...world, stores })) {
        const label = describeFilter({ kind: 'range', filter });
        for (const question of QUESTIONS) {
          const rollup = { label: 'rollups', answer: question.rollup(sql, filter) };
          assertSameAnswer(question.name, label, { label: 'raw scan', answer: question.raw(sql, filter) }, rollup);
          assertSameAnswer(question.name, label, rollup, {
            label: 'DuckDB',
            answer: await question.duckdb(answers, filter),
          });
          compared += 2;
        }
      }
      return compared;
    } finally {
      duck.close();
    }
  } finally {
    await test.dispose();
  }
}
