import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, Dashboard, TradeFigures } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';
import { answerCents as cents, importNorthwind, northwindAnswers as answers } from '../../helpers/northwind';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

type DashboardInput = ChannelInput<'analytics.dashboard'>;

/** Trade figures with the ones not given spelled out, for readable expectations. */
function figures(given: Partial<TradeFigures>, wholeStores = true): TradeFigures {
  const count = wholeStores ? 0 : null;
  return {
    orders: count,
    units: 0,
    salesCents: 0,
    discountCents: 0,
    returnsCents: 0,
    netRevenueCents: 0,
    costCents: 0,
    grossMarginCents: (given.netRevenueCents ?? 0) - (given.costCents ?? 0),
    returnCount: count,
    refundCents: count,
    ...given,
  };
}

describe('analytics.dashboard on Northwind, imported through the import pipeline', () => {
  let t: TestBackroom;
  let board: Dashboard;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    await importNorthwind(
      sqliteOf(t.backroom.dataSource),
      { storeId: admin.staff.storeId, staffId: admin.staff.id },
      t.clock.now(),
    );
    board = await t.ok(
      'analytics.dashboard',
      { filter: { fromDay: '1996-01-01', toDay: '1998-12-31' }, grain: 'year', limit: 5 },
      admin.token,
    );
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it("totals the README's net revenue to the cent, and every order", () => {
    expect(board.totals.netRevenueCents).toBe(cents(answers.order_details_totals.net_revenue_rounded));
    expect(board.totals.units).toBe(answers.order_details_totals.total_quantity);
    expect(board.totals.orders).toBe(answers.orders_by_order_year.reduce((sum, [, orders]) => sum + orders, 0));
    // 1996 is a leap year: 1,096 days before 1996-01-01.
    expect(board.previous).toEqual({ fromDay: '1992-12-31', toDay: '1995-12-31' });
    expect(board.previousTotals).toEqual(figures({}));
  });

  it('gives revenue and orders by year of the order date', () => {
    expect(board.series.map((row) => [row.bucket, row.netRevenueCents])).toEqual(
      answers['net_revenue_by_order_year(OrderDate)'].map(([year, amount]) => [`${year}-01-01`, cents(amount)]),
    );
    expect(board.series.map((row) => [row.bucket.slice(0, 4), row.orders])).toEqual(answers.orders_by_order_year);
  });

  it('ranks the top five products and gives revenue by category, named', () => {
    expect(board.topProducts.map((row) => [row.name, row.netRevenueCents])).toEqual(
      answers.top10_products_by_net_revenue.slice(0, 5).map(([name, amount]) => [name, cents(amount)]),
    );
    const byRevenue = [...board.byCategory].sort((a, b) => b.netRevenueCents - a.netRevenueCents);
    expect(byRevenue.map((row) => [row.name, row.netRevenueCents])).toEqual(
      answers.net_revenue_by_category.map(([name, amount]) => [name, cents(amount)]),
    );
    expect(board.byStore.map((row) => [row.name, row.netRevenueCents])).toEqual([
      ['Corner Grocery', board.totals.netRevenueCents],
    ]);
  });
});

/**
 * One store on UTC+14 (no daylight saving) with a second, empty one. Day one, 23:00 local:
 * Ann buys 2 tea and a jam, Ben a soap. Day two, 00:10: Ann buys a tea with 30 cents off and
 * brings the jam back (restocked). Tea sits in Tea, under Pantry, with the Acme brand; jam in
 * Pantry with no brand and a reorder point of 150; soap in no category, Acme, reorder point 5; an
 * archived product of Pantry still holds 3 units below its reorder point of 20.
 */
describe('analytics.dashboard on a small store, by hand', () => {
  let f: SalesFixture;
  let ask: (input: DashboardInput, token?: string) => Promise<Dashboard>;
  const ids = { store: 0, second: 0, pantry: 0, tea: 0, acme: 0, teaProduct: 0, jam: 0, soap: 0, ann: 0, ben: 0 };
  const DAY_ONE = '2026-11-25';
  const DAY_TWO = '2026-11-26';

  const dayOne = figures({ orders: 2, units: 4, salesCents: 1700, netRevenueCents: 1700, costCents: 490 });
  const dayTwo = figures({
    orders: 1,
    units: 0,
    salesCents: 270,
    discountCents: 30,
    returnsCents: 700,
    netRevenueCents: -430,
    costCents: 70,
    returnCount: 1,
    refundCents: 700,
  });
  const bothDays = figures({
    orders: 3,
    units: 4,
    salesCents: 1970,
    discountCents: 30,
    returnsCents: 700,
    netRevenueCents: 1270,
    costCents: 560,
    returnCount: 1,
    refundCents: 700,
  });

  beforeAll(async () => {
    f = await openSalesFixture();
    const { admin, manager, clerk } = f.tokens;
    ask = (input, token = manager) => f.t.ok('analytics.dashboard', input, token);
    ids.store = f.storeId;
    await f.t.ok('stores.setTimeZone', { storeId: f.storeId, timeZone: 'Pacific/Kiritimati' }, admin);
    ids.pantry = (await f.t.ok('categories.create', { name: 'Pantry' }, admin)).id;
    ids.tea = (await f.t.ok('categories.create', { name: 'Tea', parentId: ids.pantry }, admin)).id;
    ids.acme = (await f.t.ok('brands.create', { name: 'Acme' }, admin)).id;

    const setProduct = f.sql.prepare(
      'UPDATE products SET cost_cents = ?, category_id = ?, brand_id = ?, reorder_point = ? WHERE id = ?',
    );
    ids.teaProduct = f.product({ priceCents: 300 });
    setProduct.run(120, ids.tea, ids.acme, 0, ids.teaProduct);
    ids.jam = f.product({ priceCents: 700 });
    setProduct.run(50, ids.pantry, null, 150, ids.jam);
    ids.soap = f.product({ priceCents: 400, stock: 10 });
    setProduct.run(200, null, ids.acme, 5, ids.soap);
    const old = f.product({ priceCents: 100, stock: 3 });
    setProduct.run(10, ids.pantry, null, 20, old);
    f.sql.prepare(`UPDATE products SET archived_at = '2026-11-01T00:00:00.000Z' WHERE id = ?`).run(old);

    ids.second = Number(
      f.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'CG-02', 'Second Street')`).run(newUid())
        .lastInsertRowid,
    );
    f.sql
      .prepare(
        `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, unit_cost_cents, occurred_at)
         VALUES (?, ?, ?, 'receipt', 7, 50, '2026-11-01T00:00:00.000Z')`,
      )
      .run(newUid(), ids.second, ids.jam);

    ids.ann = f.customer('Ann Able');
    ids.ben = f.customer('Ben Baker');
    const first = await f.sell(
      clerk,
      [
        { productId: ids.teaProduct, quantity: 2 },
        { productId: ids.jam, quantity: 1 },
      ],
      { customerId: ids.ann },
    );
    await f.sell(clerk, [{ productId: ids.soap, quantity: 1 }], { customerId: ids.ben });
    await f.advanceClock(70);
    await f.sell(clerk, [{ productId: ids.teaProduct, quantity: 1, discount: { type: 'amount', value: 30 } }], {
      customerId: ids.ann,
    });
    const jamLine = first.lines.find((line) => line.productId === ids.jam)!;
    await f.t.ok(
      'orders.return',
      { orderId: first.id, lines: [{ orderLineId: jamLine.id, quantity: 1, restock: true }], refundTo: 'original' },
      manager,
    );
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('compares a day with the day before it, the return netting out on the day it was taken', async () => {
    const board = await ask({ filter: { fromDay: DAY_TWO, toDay: DAY_TWO } });
    expect(board.previous).toEqual({ fromDay: DAY_ONE, toDay: DAY_ONE });
    expect(board.totals).toEqual(dayTwo);
    expect(board.previousTotals).toEqual(dayOne);
    expect(board.grain).toBe('month');

    const week = await ask({ filter: { fromDay: '2026-11-20', toDay: DAY_TWO } });
    expect(week.previous).toEqual({ fromDay: '2026-11-13', toDay: '2026-11-19' });
    expect(week.totals).toEqual(bothDays);
    expect(week.previousTotals).toEqual(figures({}));
  });

  it('answers every chart of both days', async () => {
    const board = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO }, grain: 'day', limit: 2 });
    expect(board.totals).toEqual(bothDays);
    expect(board.series).toEqual([
      { bucket: DAY_ONE, ...dayOne },
      { bucket: DAY_TWO, ...dayTwo },
    ]);
    expect(board.byStore).toEqual([{ storeId: ids.store, name: 'Corner Grocery', ...bothDays }]);
    expect(board.byCategory).toEqual([
      {
        categoryId: null,
        name: 'No category',
        ...figures({ units: 1, salesCents: 400, netRevenueCents: 400, costCents: 200 }, false),
      },
      { categoryId: ids.pantry, name: 'Pantry', ...figures({ salesCents: 700, returnsCents: 700 }, false) },
      {
        categoryId: ids.tea,
        name: 'Tea',
        ...figures({ units: 3, salesCents: 870, discountCents: 30, netRevenueCents: 870, costCents: 360 }, false),
      },
    ]);
    const acme = figures(
      { units: 4, salesCents: 1270, discountCents: 30, netRevenueCents: 1270, costCents: 560 },
      false,
    );
    expect(board.byBrand).toEqual([
      { brandId: null, name: 'No brand', ...figures({ salesCents: 700, returnsCents: 700 }, false) },
      { brandId: ids.acme, name: 'Acme', ...acme },
    ]);
    expect(board.topProducts.map((row) => [row.productId, row.netRevenueCents])).toEqual([
      [ids.teaProduct, 870],
      [ids.soap, 400],
    ]);
    expect(board.topBrands).toEqual([{ brandId: ids.acme, name: 'Acme', ...acme }]);
    expect(board.topCustomers).toEqual([
      { customerId: ids.ann, name: 'Ann Able', orders: 2, spendCents: 870 },
      { customerId: ids.ben, name: 'Ben Baker', orders: 1, spendCents: 400 },
    ]);
    expect(board.paymentMix.filter((row) => row.payments + row.refunds > 0)).toEqual([
      { method: 'card', payments: 3, paidCents: 1970, refunds: 1, refundedCents: 700, netCents: 1270 },
    ]);
    expect(board.byHour.filter((row) => row.orders > 0)).toEqual([
      { hour: 0, orders: 1, units: 1, salesCents: 270 },
      { hour: 23, orders: 2, units: 4, salesCents: 1700 },
    ]);
    expect(board.byHour).toHaveLength(24);
    // 25 November 2026 is a Wednesday.
    expect(board.byWeekday.filter((row) => row.orders > 0)).toEqual([
      { weekday: 3, orders: 2, units: 4, salesCents: 1700 },
      { weekday: 4, orders: 1, units: 1, salesCents: 270 },
    ]);
  });

  it('ranks among top customers only those who spent something net in the range', async () => {
    // Day two: Ann buys a tea (270) and brings back day one's jam (700), -430 net; Ben buys nothing.
    const dayTwoOnly = await ask({ filter: { fromDay: DAY_TWO, toDay: DAY_TWO } });
    expect(dayTwoOnly.topCustomers).toEqual([]);
    const both = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO } });
    expect(both.topCustomers.map((row) => [row.customerId, row.spendCents])).toEqual([
      [ids.ann, 870],
      [ids.ben, 400],
    ]);
  });

  it('values stock on hand now by category, and counts low stock as the low-stock lists do', async () => {
    const board = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO } });
    // Tea 100 − 3 sold at 120; jam 100 − 1 + 1 back, plus 7 in the second store, at 50, and the
    // archived product's 3 at 10; soap 10 − 1 at 200.
    expect(board.stockByCategory).toEqual([
      { categoryId: null, name: 'No category', units: 9, valueCents: 1800 },
      { categoryId: ids.pantry, name: 'Pantry', units: 110, valueCents: 5380 },
      { categoryId: ids.tea, name: 'Tea', units: 97, valueCents: 11640 },
    ]);
    // Jam in both stores and soap in the second (none of its 5); not the archived product, nor
    // soap in the first (9, above 5), nor tea (no reorder point).
    expect(board.lowStockCount).toBe(3);
    const lists = [
      await f.t.ok('lowStock.list', { storeId: ids.store }, f.tokens.manager),
      await f.t.ok('lowStock.list', { storeId: ids.second }, f.tokens.manager),
    ];
    expect(lists.map((list) => list.items.map((row) => row.productId).sort())).toEqual([
      [ids.jam],
      [ids.jam, ids.soap].sort(),
    ]);

    const second = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO, storeIds: [ids.second] } });
    expect(second.stockByCategory).toEqual([{ categoryId: ids.pantry, name: 'Pantry', units: 7, valueCents: 350 }]);
    expect(second.lowStockCount).toBe(2);
    expect(second.totals).toEqual(figures({}));
    expect(second.byStore).toEqual([]);
  });

  it('narrows to a category with its subtree, and to a brand', async () => {
    const pantry = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO, categoryId: ids.pantry } });
    expect(pantry.totals).toEqual(
      figures(
        { units: 3, salesCents: 1570, discountCents: 30, returnsCents: 700, netRevenueCents: 870, costCents: 360 },
        false,
      ),
    );
    expect(pantry.previousTotals).toEqual(figures({}, false));
    expect(pantry.byCategory.map((row) => row.name)).toEqual(['Pantry', 'Tea']);
    expect(pantry.stockByCategory.map((row) => [row.name, row.units])).toEqual([
      ['Pantry', 110],
      ['Tea', 97],
    ]);
    expect(pantry.lowStockCount).toBe(2);
    // Customers and the shop-floor charts follow stores and days only.
    expect(pantry.topCustomers.map((row) => row.spendCents)).toEqual([870, 400]);
    expect(pantry.byHour.find((row) => row.hour === 23)?.orders).toBe(2);

    const tea = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO, categoryId: ids.tea } });
    expect(tea.stockByCategory.map((row) => row.name)).toEqual(['Tea']);
    expect(tea.lowStockCount).toBe(0);

    const acme = await ask({ filter: { fromDay: DAY_ONE, toDay: DAY_TWO, brandId: ids.acme } });
    expect(acme.totals).toEqual(
      figures({ units: 4, salesCents: 1270, discountCents: 30, netRevenueCents: 1270, costCents: 560 }, false),
    );
    expect(acme.stockByCategory).toEqual([
      { categoryId: null, name: 'No category', units: 9, valueCents: 1800 },
      { categoryId: ids.tea, name: 'Tea', units: 97, valueCents: 11640 },
    ]);
    expect(acme.lowStockCount).toBe(1);

    const both = await ask({
      filter: { fromDay: DAY_ONE, toDay: DAY_TWO, categoryId: ids.pantry, brandId: ids.acme },
    });
    expect(both.topProducts.map((row) => row.productId)).toEqual([ids.teaProduct]);
  });

  it('refuses a clerk, and input that is not a question', async () => {
    const valid = { filter: { fromDay: DAY_ONE, toDay: DAY_TWO } };
    expect((await f.error('analytics.dashboard', valid, f.tokens.clerk)).code).toBe('FORBIDDEN');
    expect(await f.t.call('analytics.dashboard', valid, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const bad: unknown[] = [
      { filter: { fromDay: DAY_TWO, toDay: DAY_ONE } },
      { filter: { fromDay: '2026-02-30', toDay: DAY_TWO } },
      { filter: { fromDay: '26-11-25', toDay: DAY_TWO } },
      { filter: { fromDay: '1066-10-14', toDay: DAY_TWO } },
      { filter: { ...valid.filter, storeId: ids.store } },
      { ...valid, sort: 'revenue' },
      { filter: { ...valid.filter, storeIds: Array.from({ length: 501 }, (_, index) => index + 1) } },
      { filter: { ...valid.filter, storeIds: [] } },
      { ...valid, limit: 51 },
      { ...valid, grain: 'decade' },
      {},
    ];
    for (const input of bad) {
      expect((await f.error('analytics.dashboard', input, f.tokens.manager)).code, JSON.stringify(input)).toBe(
        'VALIDATION',
      );
    }
    expect(
      (await f.error('analytics.dashboard', { filter: { ...valid.filter, storeIds: [999] } }, f.tokens.manager)).code,
    ).toBe('NOT_FOUND');
  });
});

describe('analytics.dashboard for a manager of a fresh file', () => {
  it('answers an empty range with zeros and every hour, weekday and payment method', async () => {
    const t = await openTestBackroom();
    try {
      const admin = await setUpStore(t);
      const manager = await staffSession(t, admin.token, 'manager', 'mia');
      const board = await t.ok(
        'analytics.dashboard',
        { filter: { fromDay: '2026-01-01', toDay: '2026-12-31' } },
        manager,
      );
      expect(board.totals).toEqual(figures({}));
      expect(board.series).toEqual([]);
      expect(board.byHour).toHaveLength(24);
      expect(board.byWeekday).toHaveLength(7);
      expect(board.paymentMix.map((row) => row.method)).toEqual(['cash', 'card', 'voucher', 'store_credit', 'other']);
      expect(board.stockByCategory).toEqual([]);
      expect(board.lowStockCount).toBe(0);
    } finally {
      await t.dispose();
    }
  });
});
