import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';
import { answerCents as cents, importNorthwind, northwindAnswers as answers } from '../../helpers/northwind';

describe('the margin question on Northwind', () => {
  let t: TestBackroom;
  let token: string;

  beforeAll(async () => {
    t = await openTestBackroom();
    const admin = await setUpStore(t);
    token = admin.token;
    await importNorthwind(
      sqliteOf(t.backroom.dataSource),
      { storeId: admin.staff.storeId, staffId: admin.staff.id },
      t.clock.now(),
    );
  }, 120_000);

  afterAll(async () => {
    await t.dispose();
  });

  it('gives each department the reference net revenue, to the cent', async () => {
    const answer = await t.ok(
      'queryLab.ask',
      { question: 'marginByCategory', params: { fromDay: '1996-01-01', toDay: '1998-12-31' } },
      token,
    );
    const revenue = answer.rows.map((row) => [row[0], row[2]]);
    expect(revenue).toEqual(answers.net_revenue_by_category.map(([name, amount]) => [name, cents(amount)]));
  });
});
