import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { topProducts, tradeByStore, tradeSeries } from '../../../electron/services/analytics/rollup-answers';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { answerCents as cents, importNorthwind, northwindAnswers as answers } from '../../helpers/northwind';

const ALL = { fromDay: '1996-01-01', toDay: '1998-12-31' };

describe('Northwind, imported, read from the rollups', () => {
  let t: TestBackroom;
  let sql: Database.Database;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    sql = sqliteOf(t.backroom.dataSource);
    await importNorthwind(sql, { storeId: admin.staff.storeId, staffId: admin.staff.id }, t.clock.now());
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('totals the net revenue to the cent, rounded once over every line', () => {
    const [store] = tradeByStore(sql, ALL);
    expect(store!.netRevenueCents).toBe(cents(answers.order_details_totals.net_revenue_rounded));
    expect(store!.units).toBe(answers.order_details_totals.total_quantity);
    expect(store!.orders).toBe(answers.orders_by_order_year.reduce((sum, [, orders]) => sum + orders, 0));
  });

  it('gives revenue and orders by year of the order date', () => {
    const byYear = tradeSeries(sql, ALL, 'year');
    expect(byYear.map((row) => [row.bucket.slice(0, 4), row.netRevenueCents])).toEqual(
      answers['net_revenue_by_order_year(OrderDate)'].map(([year, amount]) => [year, cents(amount)]),
    );
    expect(byYear.map((row) => [row.bucket.slice(0, 4), row.orders])).toEqual(answers.orders_by_order_year);
  });

  it('ranks the top five products by net revenue', () => {
    const top = topProducts(sql, ALL, { by: 'revenue', limit: 5 });
    expect(top.map((row) => [row.name, row.netRevenueCents])).toEqual(
      answers.top10_products_by_net_revenue.slice(0, 5).map(([name, amount]) => [name, cents(amount)]),
    );
  });
});
