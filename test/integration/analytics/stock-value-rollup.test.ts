import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { STOCK_VALUE_GROUPS_SQL } from '../../../database/migrations/0012-stock-value-rollup';
import { SeededRandom } from '../../../database/seed/random';
import { stockByCategory, type StockOfCategory } from '../../../electron/services/analytics/stock-now';
import type { TradeFilter } from '../../../electron/services/analytics/filters';
import { beforeMigration } from '../../helpers/migration-step';
import { openStockWorld, type StockWorld } from '../stock/stock-fixtures';

const RANGE = { fromDay: '2026-11-01', toDay: '2026-11-30' };

/**
 * Stock value by category computed the long way, in JavaScript from every stock level and
 * product: positive levels of the filter's stores, products of the category's subtree (walked
 * here, not by the SQL under test) and of the brand, grouped by the product's own category.
 */
function directStockByCategory(sql: Database.Database, filter: TradeFilter): StockOfCategory[] {
  const stores = filter.storeIds ?? (sql.prepare('SELECT "id" FROM "stores"').pluck().all() as number[]);
  let subtree: Set<number> | null = null;
  if (filter.categoryId !== undefined) {
    const links = sql.prepare('SELECT "id", "parent_id" AS "parentId" FROM "categories"').all() as {
      id: number;
      parentId: number | null;
    }[];
    subtree = new Set([filter.categoryId]);
    for (let grew = true; grew;) {
      grew = false;
      for (const { id, parentId } of links) {
        if (parentId !== null && subtree.has(parentId) && !subtree.has(id)) {
          subtree.add(id);
          grew = true;
        }
      }
    }
  }
  const levels = sql
    .prepare(
      `SELECT sl."store_id" AS "storeId", sl."on_hand" AS "onHand", p."category_id" AS "categoryId",
              p."brand_id" AS "brandId", p."cost_cents" AS "costCents"
       FROM "stock_levels" sl JOIN "products" p ON p."id" = sl."product_id"`,
    )
    .all() as {
    storeId: number;
    onHand: number;
    categoryId: number | null;
    brandId: number | null;
    costCents: number;
  }[];
  const byCategory = new Map<number | null, StockOfCategory>();
  for (const level of levels) {
    if (level.onHand <= 0 || !stores.includes(level.storeId)) continue;
    if (subtree !== null && (level.categoryId === null || !subtree.has(level.categoryId))) continue;
    if (filter.brandId !== undefined && level.brandId !== filter.brandId) continue;
    const row = byCategory.get(level.categoryId) ?? { categoryId: level.categoryId, units: 0, valueCents: 0 };
    row.units += level.onHand;
    row.valueCents += level.onHand * level.costCents;
    byCategory.set(level.categoryId, row);
  }
  return [...byCategory.values()].sort((a, b) => (a.categoryId ?? 0) - (b.categoryId ?? 0));
}

/** Every filter of stores (all, each one), category (none, each) and brand (none, each, one no product has). */
function everyFilter(sql: Database.Database): TradeFilter[] {
  const ids = (table: string) => sql.prepare(`SELECT "id" FROM "${table}" ORDER BY 1`).pluck().all() as number[];
  const stores = [undefined, ...ids('stores').map((id) => [id])];
  const categories = [undefined, ...ids('categories')];
  const brands = [undefined, ...ids('brands'), 999_999];
  return stores.flatMap((storeIds) =>
    categories.flatMap((categoryId) => brands.map((brandId) => ({ ...RANGE, storeIds, categoryId, brandId }))),
  );
}

function expectRollupExact(sql: Database.Database, step: string): void {
  for (const filter of everyFilter(sql)) {
    expect(stockByCategory(sql, filter), `${step}: ${JSON.stringify(filter)}`).toEqual(
      directStockByCategory(sql, filter),
    );
  }
  // The table itself, groups with stock, equals what the migration's backfill would write now.
  const kept = sql
    .prepare('SELECT * FROM "stock_value_groups" WHERE "units" <> 0 OR "value_cents" <> 0 ORDER BY 1, 2, 3')
    .all();
  expect(kept, step).toEqual(sql.prepare(`${STOCK_VALUE_GROUPS_SQL} ORDER BY 1, 2, 3`).all());
}

describe('stock value by category, from the rollup kept by triggers', () => {
  let w: StockWorld;
  let managers: [string, string];
  let supplier: number;
  const categories: Record<'food' | 'dairy' | 'cheese' | 'drinks' | 'household', number> = {
    food: 0,
    dairy: 0,
    cheese: 0,
    drinks: 0,
    household: 0,
  };
  const brands: number[] = [];

  beforeAll(async () => {
    w = await openStockWorld();
    managers = [await w.login('manager', w.storeA), await w.login('manager', w.storeB)];
    supplier = w.supplier('Rollup Supplies');
    const category = async (name: string, parentId?: number) =>
      (await w.t.ok('categories.create', { name, parentId }, w.adminToken)).id;
    categories.food = await category('Food');
    categories.dairy = await category('Dairy', categories.food);
    categories.cheese = await category('Cheese', categories.dairy);
    categories.drinks = await category('Drinks', categories.food);
    categories.household = await category('Household');
    for (const name of ['Acme', 'Zenith']) brands.push((await w.t.ok('brands.create', { name }, w.adminToken)).id);
  }, 60_000);
  afterAll(() => w.dispose());

  it('equals stock levels × products after every sale, return, receipt, count, adjustment, transfer and catalog edit', async () => {
    const random = new SeededRandom('20261206');
    const run = new StockRun(w, managers, supplier, random, [...Object.values(categories), null], [...brands, null]);
    for (let i = 0; i < 6; i++) await run.newProduct();
    for (let step = 0; step < 90; step++) {
      const done = await run.randomStep();
      expectRollupExact(w.sql, `step ${step} (${done})`);
    }
    // Every kind of step ran, and stock went both below zero and to large values.
    expect(new Set(run.done)).toEqual(new Set(StockRun.KINDS));
    expect(w.sql.prepare('SELECT MIN("on_hand") < 0 AND MAX("on_hand") > 20 FROM "stock_levels"').pluck().get()).toBe(
      1,
    );
    expect(w.ledgerDiscrepancies()).toEqual([]);
  }, 120_000);

  it('answers the dashboard channel from the rollup', async () => {
    const filter = { ...RANGE, categoryId: categories.food };
    const board = await w.t.ok('analytics.dashboard', { filter }, managers[0]);
    expect(
      board.stockByCategory.map(({ categoryId, units, valueCents }) => ({ categoryId, units, valueCents })),
    ).toEqual(directStockByCategory(w.sql, filter));
    expect(board.stockByCategory.length).toBeGreaterThan(0);
  });

  it('follows raw writes to either side: levels inserted, moved and deleted, products inserted and deleted', () => {
    const { sql } = w;
    const product = w.product({ costCents: 70, categoryId: categories.cheese });
    sql.prepare('UPDATE "products" SET "brand_id" = ? WHERE "id" = ?').run(brands[0], product);
    sql.prepare('UPDATE "stock_levels" SET "on_hand" = 12 WHERE "product_id" = ?').run(product);
    expectRollupExact(sql, 'levels set directly');
    sql.prepare('DELETE FROM "stock_levels" WHERE "store_id" = ? AND "product_id" = ?').run(w.storeB, product);
    expectRollupExact(sql, 'a level deleted');
    sql
      .prepare('UPDATE "stock_levels" SET "store_id" = ? WHERE "store_id" = ? AND "product_id" = ?')
      .run(w.storeB, w.storeA, product);
    expectRollupExact(sql, 'a level moved to another store');
    const other = w.product({ costCents: 5 });
    sql.prepare('DELETE FROM "stock_levels" WHERE "store_id" = ? AND "product_id" = ?').run(w.storeA, other);
    sql
      .prepare('UPDATE "stock_levels" SET "product_id" = ?, "store_id" = ? WHERE "product_id" = ?')
      .run(other, w.storeA, product);
    expectRollupExact(sql, 'a level moved to another product');

    // A writer without foreign keys may leave a level without its product, or add it before it.
    sql.pragma('foreign_keys = OFF');
    try {
      sql.prepare('DELETE FROM "products" WHERE "id" = ?').run(other);
      expectRollupExact(sql, 'a product deleted under its stock');
      sql.prepare('DELETE FROM "stock_levels" WHERE "product_id" = ?').run(other);
      expectRollupExact(sql, 'the orphaned levels deleted');
      // Every store gets its product's levels when either is created, so a level written before
      // its product can only be one of a store yet to come.
      const [later, laterStore] = [other + 1_000, w.storeB + 1_000];
      sql
        .prepare(
          'INSERT INTO "stock_levels" ("store_id", "product_id", "on_hand", "reorder_point") VALUES (?, ?, 9, 0)',
        )
        .run(laterStore, later);
      expectRollupExact(sql, 'a level before its product');
      sql
        .prepare(
          `INSERT INTO products (id, uid, sku, name, price_cents, cost_cents, category_id, brand_id) VALUES (?, ?, 'LATE', 'Late', 100, 40, ?, ?)`,
        )
        .run(later, newUid(), categories.drinks, brands[1]);
      expectRollupExact(sql, 'its product inserted after it');
      expect(
        sql
          .prepare('SELECT "units", "value_cents" FROM "stock_value_groups" WHERE "store_id" = ?')
          .raw()
          .all(laterStore),
      ).toEqual([[9, 360]]);
      sql.prepare('DELETE FROM "stock_levels" WHERE "store_id" = ?').run(laterStore);
      expectRollupExact(sql, 'that level deleted');
    } finally {
      sql.pragma('foreign_keys = ON');
    }
  });
});

type Store = 0 | 1;

/** SeededRandom stock and catalog work through the dispatcher, within what each channel accepts. */
class StockRun {
  static readonly KINDS = [
    'sale',
    'return',
    'receipt',
    'count',
    'adjust',
    'send',
    'receiveTransfer',
    'update',
    'bulkUpdate',
    'archive',
    'newProduct',
    'moveCategory',
  ] as const;
  readonly done: string[] = [];
  private readonly products: { id: number; backorder: boolean }[] = [];
  private readonly sales: { store: Store; orderId: number; lines: { id: number; quantity: number }[] }[] = [];
  private readonly inTransit: { id: number; to: Store; lines: { productId: number; quantity: number }[] }[] = [];
  private readonly stores: [number, number];

  constructor(
    private readonly w: StockWorld,
    private readonly managers: [string, string],
    private readonly supplier: number,
    private readonly random: SeededRandom,
    private readonly categories: (number | null)[],
    private readonly brands: (number | null)[],
  ) {
    this.stores = [w.storeA, w.storeB];
  }

  async randomStep(): Promise<string> {
    const kind = this.random.pick(StockRun.KINDS);
    const store: Store = this.random.chance(0.5) ? 0 : 1;
    const did = await this[kind](store);
    if (did) this.done.push(kind);
    return did ? kind : `${kind} (nothing to do)`;
  }

  async newProduct(): Promise<boolean> {
    const backorder = this.random.chance(0.3);
    const { id } = await this.w.t.ok(
      'products.create',
      {
        sku: `ROLL-${this.products.length + 1}`,
        name: `Rollup product ${this.products.length + 1}`,
        categoryId: this.random.pick(this.categories),
        brandId: this.random.pick(this.brands),
        priceCents: 500,
        costCents: this.random.int(0, 300),
        taxRateBp: 0,
        reorderPoint: 0,
        reorderQty: 0,
        allowBackorder: backorder,
        attributes: {},
      },
      this.w.adminToken,
    );
    this.products.push({ id, backorder });
    return true;
  }

  /** Up to three distinct products with quantities the store can give (any for a backordered product). */
  private takeable(store: Store, most: number) {
    const lines: { productId: number; quantity: number }[] = [];
    for (const product of this.pickProducts(this.random.int(1, 3))) {
      const onHand = this.w.onHand(this.stores[store], product.id);
      const quantity = this.random.int(1, most);
      if (product.backorder || quantity <= onHand) lines.push({ productId: product.id, quantity });
    }
    return lines;
  }

  /** Distinct products on sale (the till refuses archived ones), at most `count`. */
  private pickProducts(count: number) {
    const archived = new Set(
      this.w.sql.prepare('SELECT "id" FROM "products" WHERE "archived_at" IS NOT NULL').pluck().all() as number[],
    );
    const onSale = this.products.filter((product) => !archived.has(product.id));
    const picked = new Set<(typeof this.products)[number]>();
    while (picked.size < Math.min(count, onSale.length)) picked.add(this.random.pick(onSale));
    return [...picked];
  }

  async sale(store: Store): Promise<boolean> {
    const lines = this.takeable(store, 6);
    if (lines.length === 0) return false;
    const token = this.managers[store];
    const { totalCents } = await this.w.t.ok('orders.quote', { lines }, token);
    const receipt = await this.w.t.ok(
      'orders.place',
      {
        idempotencyKey: randomUUID(),
        lines,
        expectedTotalCents: totalCents,
        payments: [{ method: 'card', amountCents: totalCents }],
      },
      token,
    );
    this.sales.push({
      store,
      orderId: receipt.id,
      lines: receipt.lines.map((line) => ({ id: line.id, quantity: line.quantity })),
    });
    return true;
  }

  async return(): Promise<boolean> {
    const sale = this.sales.pop();
    if (sale === undefined) return false;
    const line = this.random.pick(sale.lines);
    await this.w.t.ok(
      'orders.return',
      {
        orderId: sale.orderId,
        lines: [
          { orderLineId: line.id, quantity: this.random.int(1, line.quantity), restock: this.random.chance(0.7) },
        ],
        refundTo: 'original',
      },
      this.managers[sale.store],
    );
    return true;
  }

  /** A delivery at a new unit cost: stock rises and the product's moving-average cost moves. */
  async receipt(store: Store): Promise<boolean> {
    const lines = this.pickProducts(this.random.int(1, 3)).map((product) => ({
      productId: product.id,
      quantity: this.random.int(1, 30),
      unitCostCents: this.random.int(0, 400),
    }));
    if (lines.length === 0) return false;
    const token = this.managers[store];
    const { id, version } = await this.w.t.ok('purchaseOrders.create', { supplierId: this.supplier, lines }, token);
    await this.w.t.ok('purchaseOrders.send', { id, version }, token);
    await this.w.t.ok(
      'purchaseOrders.receive',
      { id, lines: lines.map(({ productId, quantity }) => ({ productId, quantity })) },
      token,
    );
    return true;
  }

  async count(store: Store): Promise<boolean> {
    const lines = this.pickProducts(this.random.int(1, 3)).map((product) => ({
      productId: product.id,
      counted: this.random.chance(0.3) ? 0 : this.random.int(1, 15),
    }));
    if (lines.length === 0) return false;
    await this.w.t.ok('stock.applyCount', { lines }, this.managers[store]);
    return true;
  }

  async adjust(store: Store): Promise<boolean> {
    const [line] = this.random.chance(0.5) ? this.takeable(store, 4) : [];
    const [product] = this.pickProducts(1);
    if (product === undefined) return false;
    const input =
      line === undefined
        ? { productId: product.id, quantity: this.random.int(1, 5), reason: 'correction' as const }
        : { productId: line.productId, quantity: -line.quantity, reason: 'damaged' as const };
    await this.w.t.ok('stock.adjust', input, this.managers[store]);
    return true;
  }

  async send(store: Store): Promise<boolean> {
    const lines = this.takeable(store, 5);
    if (lines.length === 0) return false;
    const to: Store = store === 0 ? 1 : 0;
    const transfer = await this.w.t.ok('transfers.send', { toStoreId: this.stores[to], lines }, this.managers[store]);
    this.inTransit.push({ id: transfer.id, to, lines });
    return true;
  }

  async receiveTransfer(): Promise<boolean> {
    const transfer = this.inTransit.shift();
    if (transfer === undefined) return false;
    const lines = transfer.lines.map(({ productId, quantity }) => ({
      productId,
      quantityReceived: Math.max(quantity - this.random.int(-1, 2), 0),
    }));
    await this.w.t.ok('transfers.receive', { id: transfer.id, lines }, this.managers[transfer.to]);
    return true;
  }

  /** Cost, category and brand, alone or together, as a manager edits a product. */
  async update(): Promise<boolean> {
    const product = this.random.pick(this.products);
    const change: { costCents?: number; categoryId?: number | null; brandId?: number | null } = {};
    if (this.random.chance(0.6)) change.costCents = this.random.int(0, 500);
    if (this.random.chance(0.5)) change.categoryId = this.random.pick(this.categories);
    if (this.random.chance(0.5)) change.brandId = this.random.pick(this.brands);
    await this.w.t.ok(
      'products.update',
      { id: product.id, version: this.versionOf(product.id), ...change },
      this.w.adminToken,
    );
    return true;
  }

  async bulkUpdate(): Promise<boolean> {
    const ids = this.pickProducts(this.random.int(2, 4)).map((product) => product.id);
    await this.w.t.ok(
      'products.bulkUpdate',
      { ids, set: { categoryId: this.random.pick(this.categories) } },
      this.w.adminToken,
    );
    return true;
  }

  /** Archived products keep their stock, and the valuation keeps counting it. */
  async archive(): Promise<boolean> {
    const product = this.random.pick(this.products);
    const archived = this.w.sql
      .prepare('SELECT "archived_at" IS NOT NULL FROM "products" WHERE "id" = ?')
      .pluck()
      .get(product.id);
    const channel = archived ? 'products.restore' : 'products.archive';
    await this.w.t.ok(channel, { id: product.id, version: this.versionOf(product.id) }, this.w.adminToken);
    return true;
  }

  /** Cheese moves between Dairy and Household: the subtrees change, the groups do not. */
  async moveCategory(): Promise<boolean> {
    const [, dairy, cheese, , household] = this.categories as number[];
    const parentId = this.w.sql.prepare('SELECT "parent_id" FROM "categories" WHERE "id" = ?').pluck().get(cheese);
    await this.w.t.ok(
      'categories.move',
      { id: cheese!, parentId: parentId === dairy ? household! : dairy! },
      this.w.adminToken,
    );
    return true;
  }

  private versionOf(productId: number): number {
    return this.w.sql.prepare('SELECT "version" FROM "products" WHERE "id" = ?').pluck().get(productId) as number;
  }
}

describe('migration 0012: stock value rollup', () => {
  it('fills the rollup from the stock levels, positive levels only, then keeps it', async () => {
    const step = await beforeMigration('StockValueRollup1765100000000');
    try {
      const sql = sqliteOf(step.before);
      const insert = (text: string, ...values: unknown[]) => Number(sql.prepare(text).run(...values).lastInsertRowid);
      const stores = ['ONE', 'TWO', 'SIX'].map((code) =>
        insert('INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)', newUid(), code, code),
      );
      const parent = insert(`INSERT INTO categories (uid, name) VALUES (?, 'Food')`, newUid());
      const child = insert(`INSERT INTO categories (uid, name, parent_id) VALUES (?, 'Tea', ?)`, newUid(), parent);
      const brand = insert(`INSERT INTO brands (uid, name) VALUES (?, 'Acme')`, newUid());
      const random = new SeededRandom('12');
      const products = Array.from({ length: 40 }, (_, index) =>
        insert(
          `INSERT INTO products (uid, sku, name, price_cents, cost_cents, category_id, brand_id, allow_backorder)
           VALUES (?, ?, ?, 900, ?, ?, ?, 1)`,
          newUid(),
          `M${index}`,
          `Product ${index}`,
          random.int(0, 700),
          random.pick([parent, child, null]),
          random.pick([brand, null]),
        ),
      );
      const move = sql.prepare(
        `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, ?, ?, '2026-11-01T00:00:00.000Z')`,
      );
      for (const product of products) {
        for (const store of stores) {
          if (random.chance(0.7)) move.run(newUid(), store, product, 'receipt', random.int(1, 40));
          if (random.chance(0.4)) move.run(newUid(), store, product, 'sale', -random.int(1, 50));
        }
      }
      const after = sqliteOf(await step.migrate());
      expect(after.prepare('SELECT MIN(on_hand) < 0 FROM stock_levels').pluck().get()).toBe(1);
      expectRollupExact(after, 'after the backfill');
      after
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', 5, '2026-11-02T00:00:00.000Z')`,
        )
        .run(newUid(), stores[0], products[0]);
      after
        .prepare('UPDATE products SET cost_cents = cost_cents + 3, category_id = ? WHERE id = ?')
        .run(child, products[1]);
      expectRollupExact(after, 'after writes on the migrated file');
    } finally {
      await step.dispose();
    }
  });
});
