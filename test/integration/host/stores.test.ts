import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

describe('stores.list', () => {
  let t: TestBackroom;
  let token: string;
  beforeAll(async () => {
    t = await openTestBackroom();
    token = (await setUpStore(t)).token;
    sqliteOf(t.backroom.dataSource)
      .prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'AB-2', 'Avenue Branch')`)
      .run(newUid());
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('names every store of the chain, by name', async () => {
    const stores = await t.ok('stores.list', {}, token);
    expect(stores.map((store) => [store.code, store.name])).toEqual([
      ['AB-2', 'Avenue Branch'],
      ['CG-01', 'Corner Grocery'],
    ]);
  });

  it('needs a session', async () => {
    expect(await t.call('stores.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
