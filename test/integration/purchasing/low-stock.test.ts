import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LowStockRow } from '../../../shared/contract';
import { salesInWindow, salesWindow } from '../../../electron/services/purchasing/sales-velocity';
import { newUid } from '../../../database/ids';
import { expectError, openStockWorld, type StockWorld } from '../stock/stock-fixtures';
import { daysAgo, sell, shelf } from './purchasing-fixtures';

/** One product per case the ordering has to get right, all at store A unless named otherwise. */
function plantShelves(w: StockWorld) {
  const a = w.storeA;
  const shelves = {
    backordered: shelf(w, a, { reorderPoint: 5, onHand: -3, sold: 28, allowBackorder: true }),
    storeOverride: shelf(w, a, { reorderPoint: 3, storeReorderPoint: 10, onHand: 5, sold: 84 }),
    halfADay: shelf(w, a, { reorderPoint: 5, onHand: 1, sold: 14 }),
    fourDaysShort6: shelf(w, a, { reorderPoint: 10, onHand: 4, sold: 28 }),
    fourDaysShort2: shelf(w, a, { reorderPoint: 10, onHand: 8, sold: 56 }),
    unsoldShort5: shelf(w, a, { reorderPoint: 5, onHand: 0 }),
    unsoldShort2: shelf(w, a, { reorderPoint: 5, onHand: 3 }),
    soldElsewhere: shelf(w, w.storeB, { reorderPoint: 10, onHand: 0, sold: 20 }),
    aboveReorderPoint: shelf(w, a, { reorderPoint: 5, onHand: 6, sold: 28 }),
    noReorderPolicy: shelf(w, a, { reorderPoint: 0, onHand: 0 }),
    archived: shelf(w, a, { reorderPoint: 5, onHand: 0, archived: true }),
    overriddenAway: shelf(w, a, { reorderPoint: 10, storeReorderPoint: 2, onHand: 5 }),
  };
  // soldElsewhere holds 9 units at store A, sold there only before the window.
  w.move(a, shelves.soldElsewhere, 'receipt', 12, daysAgo(w, 90));
  sell(w, a, shelves.soldElsewhere, 3, daysAgo(w, 28.01));
  return shelves;
}

describe('lowStock.list', () => {
  let w: StockWorld;
  let clerk: string;
  let p: ReturnType<typeof plantShelves>;

  beforeAll(async () => {
    w = await openStockWorld();
    clerk = await w.login('clerk', w.storeA);
    p = plantShelves(w);
  });
  afterAll(() => w.dispose());

  async function walk(limit: number, storeId?: number): Promise<LowStockRow[]> {
    const rows: LowStockRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await w.t.ok('lowStock.list', { storeId, cursor, limit }, clerk);
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return rows;
  }

  it('lists what runs out soonest first, then what is furthest below its reorder point', async () => {
    const rows = await walk(50);
    expect(rows.map((row) => row.productId)).toEqual([
      p.backordered,
      p.storeOverride,
      p.halfADay,
      p.fourDaysShort6,
      p.fourDaysShort2,
      p.unsoldShort5,
      p.unsoldShort2,
      p.soldElsewhere,
    ]);
  });

  it('reports sales, velocity and days of cover over the last 28 days of the store', async () => {
    const rows = new Map((await walk(50)).map((row) => [row.productId, row]));
    expect(rows.get(p.backordered)).toMatchObject({
      onHand: -3,
      salesLast28Days: 28,
      dailyVelocity: 1,
      daysOfCover: 0,
    });
    expect(rows.get(p.storeOverride)).toMatchObject({ reorderPoint: 10, salesLast28Days: 84, dailyVelocity: 3 });
    expect(rows.get(p.storeOverride)!.daysOfCover).toBeCloseTo(5 / 3, 10);
    expect(rows.get(p.halfADay)).toMatchObject({ onHand: 1, dailyVelocity: 0.5, daysOfCover: 2 });
    expect(rows.get(p.fourDaysShort6)).toMatchObject({ onHand: 4, reorderPoint: 10, daysOfCover: 4 });
    expect(rows.get(p.fourDaysShort2)).toMatchObject({ onHand: 8, dailyVelocity: 2, daysOfCover: 4 });
    expect(rows.get(p.soldElsewhere)).toMatchObject({
      onHand: 9,
      salesLast28Days: 0,
      dailyVelocity: 0,
      daysOfCover: null,
    });
  });

  it("counts the 28 local days ending today, from the first day's midnight, and nothing dated after now", async () => {
    const edge = shelf(w, w.storeA, { reorderPoint: 50, onHand: 40 });
    const { since, until } = salesWindow(w.sql, w.storeA, w.t.clock.now());
    sell(w, w.storeA, edge, 2, since);
    sell(w, w.storeA, edge, 3, new Date(Date.parse(since) - 1).toISOString());
    sell(w, w.storeA, edge, 5, new Date(Date.parse(until) + 60_000).toISOString());
    const row = (await walk(50)).find((candidate) => candidate.productId === edge);
    expect(row).toMatchObject({ onHand: 30, salesLast28Days: 2 });
  });

  it('counts sales by the one definition: not pending orders, and net of returns', () => {
    const now = w.t.clock.now();
    const product = shelf(w, w.storeA, { reorderPoint: 50, onHand: 40, sold: 10 });
    expect(salesInWindow(w.sql, w.storeA, now, [product]).get(product)).toBe(10);
    // A phone order not paid yet is no sale; paying it makes one.
    const pendingLine = sell(w, w.storeA, product, 4, daysAgo(w, 2), 'pending');
    expect(salesInWindow(w.sql, w.storeA, now, [product]).get(product)).toBe(10);
    const pendingOrder = w.sql.prepare('SELECT "order_id" FROM "order_lines" WHERE "id" = ?').pluck().get(pendingLine);
    w.sql.prepare(`UPDATE "orders" SET "status" = 'paid' WHERE "id" = ?`).run(pendingOrder);
    expect(salesInWindow(w.sql, w.storeA, now, [product]).get(product)).toBe(14);
    // Three of those units come back: the sale nets to one.
    const staffId = w.sql.prepare('SELECT "id" FROM "staff_members" LIMIT 1').pluck().get();
    const returnId = w.sql
      .prepare(
        `INSERT INTO "order_returns" ("uid", "order_id", "staff_id", "refund_to", "refund_cents") VALUES (?, ?, ?, 'original', 300)`,
      )
      .run(newUid(), pendingOrder, staffId).lastInsertRowid;
    w.sql
      .prepare(
        `INSERT INTO "order_return_lines" ("return_id", "order_line_id", "quantity", "restock", "refund_cents") VALUES (?, ?, 3, 0, 300)`,
      )
      .run(returnId, pendingLine);
    expect(salesInWindow(w.sql, w.storeA, now, [product]).get(product)).toBe(11);
    expect(salesInWindow(w.sql, w.storeB, now, [product]).has(product)).toBe(false);
    expect(salesInWindow(w.sql, w.storeA, now, [])).toEqual(new Map());
  });

  it('pages by keyset without losing or repeating a row', async () => {
    expect((await walk(2)).map((row) => row.productId)).toEqual((await walk(200)).map((row) => row.productId));
  });

  it('shows another store when asked', async () => {
    const rows = await walk(50, w.storeB);
    expect(rows[0]).toMatchObject({ productId: p.soldElsewhere, onHand: 0, salesLast28Days: 20, daysOfCover: 0 });
    expect(rows.slice(1).every((row) => row.daysOfCover === null)).toBe(true);
    const listed = rows.map((row) => row.productId);
    expect(listed).toContain(p.overriddenAway);
    expect(listed).not.toContain(p.archived);
    expect(listed).not.toContain(p.noReorderPolicy);
  });

  it('refuses an unknown store, a malformed cursor and a limit out of bounds', async () => {
    expectError(await w.t.call('lowStock.list', { storeId: 999 }, clerk), 'NOT_FOUND');
    expectError(
      await w.t.call('lowStock.list', { cursor: Buffer.from('[1]').toString('base64url') }, clerk),
      'VALIDATION',
    );
    expectError(await w.t.call('lowStock.list', { limit: 0 }, clerk), 'VALIDATION');
  });
});
