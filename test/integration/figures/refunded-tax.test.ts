import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundForUnits } from '../../../shared/pricing';
import { refundedTaxCents } from '../../../electron/services/sales/sale-sql';
import { FIXTURE_TIMEOUT_MS, openSalesFixture, type SalesFixture } from '../orders/sales-fixture';

describe('tax given back by returns', () => {
  let f: SalesFixture;
  beforeAll(async () => {
    f = await openSalesFixture();
  }, FIXTURE_TIMEOUT_MS);
  afterAll(async () => {
    await f.dispose();
  });

  it('splits a line’s tax over its returns by the refund rule, so all units back give back all the tax', async () => {
    const soap = f.product({ priceCents: 333, taxRateBp: 1_000, stock: 10 });
    const sale = await f.sell(f.tokens.clerk, [{ productId: soap, quantity: 3 }]);
    const line = sale.lines[0]!;
    const lineTax = f.sql
      .prepare('SELECT "tax_cents" FROM "order_lines" WHERE "id" = ?')
      .pluck()
      .get(line.id) as number;
    expect(lineTax).toBe(100);
    for (let unit = 0; unit < 3; unit++) {
      await f.t.ok(
        'orders.return',
        { orderId: sale.id, lines: [{ orderLineId: line.id, quantity: 1, restock: true }], refundTo: 'original' },
        f.tokens.manager,
      );
    }
    const given = f.sql
      .prepare(
        `SELECT ${refundedTaxCents('e')} FROM "order_return_lines" e WHERE e."order_line_id" = ? ORDER BY e."id"`,
      )
      .pluck()
      .all(line.id);
    const byRule = [0, 1, 2].map((returned) => refundForUnits({ totalCents: lineTax, quantity: 3 }, returned, 1));
    expect(given).toEqual(byRule);
    expect(given).toEqual([33, 34, 33]);
    const day = await f.t.ok('orders.endOfDay', {}, f.tokens.manager);
    expect(day.returns).toMatchObject({ count: 3, taxRefundedCents: 100 });
    expect(day.net).toEqual({ salesCents: 0, taxCents: 0, totalCents: 0 });
  });
});
