import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { AppError } from '../../shared/errors';
import { sqliteOf } from '../data-source';
import { seedBrands } from './catalog/brands';
import { seedCategories } from './catalog/categories';
import { planProducts } from './catalog/product-plan';
import { seedProducts } from './catalog/products';
import { rankByPopularity } from './catalog/stock-policy';
import { seedSuppliers } from './catalog/suppliers';
import { seedCustomers } from './customers';
import { LedgerWriter } from './ledger-writer';
import { SeededRandom } from './random';
import { seedOpeningStock } from './sales/opening-stock';
import { advanceOrderStatuses } from './sales/order-statuses';
import { seedOrders } from './sales/orders';
import { StockKeeper } from './sales/stock-keeper';
import { SEED_SCALES, type SeedScale } from './scales';
import { inSeedTransaction, writeInChunks, type SeedContext, type SeedProgress } from './seed-context';
import { seedTimeline } from './seed-time';
import { withSeedingPragmas } from './seeding-pragmas';
import { DEMO_PASSWORD, seedStaff } from './staff';
import { seedStores } from './stores';

export interface SeedOptions {
  scale: SeedScale;
  /**
   * The day the history ends on (its time of day is ignored): trade runs for eighteen months up
   * to 00:00 UTC of that day. Callers pass today from their clock (the system clock when left
   * out); the same day gives the same rows.
   */
  endAt?: Date;
  /**
   * The app's password hasher. The demo password is hashed once and the hash shared by every
   * demo account: scrypt is slow on purpose, and the database layer never hashes on its own.
   */
  hashPassword: (plain: string) => Promise<string>;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedSummary {
  stores: number;
  products: number;
  customers: number;
  orders: number;
  orderLines: number;
  staff: number;
}

const BRANDS = 150;
const SUPPLIERS = 40;
/** What an order averages with 1–9 lines and the line quantity weights of the sales generator. */
const UNITS_PER_ORDER = 5 * 1.5;

/**
 * Fills a database with the deterministic demo dataset: for a given end day, the same rows, uids
 * included, on every run. A file that already has stores and an admin (first-run setup) keeps
 * them: its store becomes the chain's first. Files with products, customers or orders are
 * refused. The seed adds nothing to the sync outbox: a seeded file's first sync is a snapshot.
 *
 * Writes are committed slice by slice for speed, so a seed that fails half-way leaves what it
 * wrote; seed a new file again rather than repairing one. Run inside a transaction (as the
 * demo.loadData channel does), it is all or nothing.
 */
export async function seedDatabase(dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> {
  const db = sqliteOf(dataSource);
  refuseUnlessEmpty(db);
  const scale = SEED_SCALES[options.scale];
  const ctx: SeedContext = {
    db,
    scale,
    time: seedTimeline(options.endAt ?? new Date()),
    report: options.onProgress ?? (() => undefined),
  };
  return withSeedingPragmas(db, () => seedAll(ctx, options));
}

async function seedAll(ctx: SeedContext, options: SeedOptions): Promise<SeedSummary> {
  const { db, scale } = ctx;
  const stream = (phase: string) => new SeededRandom(`backroom/${options.scale}/${phase}`);

  ctx.report({ phase: 'staff', done: 0, total: 1 });
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const stores = seedStores(ctx, stream('stores'));
  const teams = seedStaff(ctx, stream('staff'), stores, passwordHash);
  ctx.report({ phase: 'staff', done: 1, total: 1 });

  const catalogRandom = stream('catalog');
  const { shelves, brands, suppliers } = inSeedTransaction(db, () => ({
    shelves: seedCategories(ctx, catalogRandom),
    brands: seedBrands(ctx, catalogRandom, BRANDS),
    suppliers: seedSuppliers(ctx, catalogRandom, SUPPLIERS),
  }));
  const planned = planProducts(catalogRandom, scale.products, shelves, brands, suppliers, ctx.time);
  const ranking = rankByPopularity(stream('popularity'), planned);
  const unitsPerStore = (scale.orders * UNITS_PER_ORDER) / stores.length;
  const catalog = await seedProducts(ctx, catalogRandom, planned, ranking, unitsPerStore);

  const customers = await seedCustomers(ctx, stream('customers'), stores);

  const ledger = new LedgerWriter(db, stream('ledger'));
  const stockedStores = stores.map((store, index) => ({ id: store.id, managerId: teams[index]!.managerId }));
  const stock = new StockKeeper(catalog, stockedStores, ledger);
  await seedOpeningStock(ctx, stream('opening-stock'), stock, catalog, stores.length);
  await seedOrders(ctx, stream('orders'), { catalog, stores, teams, customers, stock, ledger });
  await writeInChunks(ctx, 'deliveries', stores.length, 1, (storeIndex) =>
    stock.deliverDue(storeIndex, ctx.time.endMs),
  );
  await advanceOrderStatuses(ctx);

  ctx.report({ phase: 'statistics', done: 0, total: 1 });
  refreshPlannerStatistics(db);
  ctx.report({ phase: 'statistics', done: 1, total: 1 });
  return summarize(db);
}

function refuseUnlessEmpty(db: Database.Database): void {
  const used = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM "products") OR EXISTS (SELECT 1 FROM "customers") OR EXISTS (SELECT 1 FROM "orders") AS "used"`,
    )
    .pluck()
    .get();
  if (used === 1) {
    throw new AppError(
      'CONFLICT',
      'This database already has products, customers or orders. Demo data only goes into a new file or one just set up.',
    );
  }
}

/**
 * Tables grew from nothing to millions of rows; without fresh statistics the query planner may
 * pick poor indexes. A bounded ANALYZE of every table (SQLite's advice after bulk changes).
 */
function refreshPlannerStatistics(db: Database.Database): void {
  const limit = db.pragma('analysis_limit', { simple: true }) as number;
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
  db.pragma(`analysis_limit = ${limit}`);
}

function summarize(db: Database.Database): SeedSummary {
  const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number;
  return {
    stores: count('stores'),
    products: count('products'),
    customers: count('customers'),
    orders: count('orders'),
    orderLines: count('order_lines'),
    staff: count('staff_members'),
  };
}
