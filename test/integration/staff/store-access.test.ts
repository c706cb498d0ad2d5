import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUid } from '../../../database/ids';
import { expectError, openStockWorld, type StockWorld } from '../stock/stock-fixtures';

const PASSWORD = 'two stores password';

/** A manager of store A who also works in store B, never in store C. */
describe('stores a member works in', () => {
  let w: StockWorld;
  let storeC: number;
  let managerId: number;
  let manager: string;

  beforeAll(async () => {
    w = await openStockWorld();
    storeC = Number(
      w.sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'CC-3', 'Canal Corner')`).run(newUid())
        .lastInsertRowid,
    );
    const created = await w.t.ok(
      'staff.create',
      {
        displayName: 'Tess Two-Stores',
        username: 'tess',
        password: PASSWORD,
        role: 'manager',
        storeIds: [w.storeB, w.storeA],
      },
      w.adminToken,
    );
    managerId = created.id;
    expect(created).toMatchObject({ storeId: w.storeA, storeIds: [w.storeA, w.storeB].sort((a, b) => a - b) });
    manager = (await w.t.ok('auth.login', { username: 'tess', password: PASSWORD })).token;
  });
  afterAll(async () => {
    await w.dispose();
  });

  it('fills the access table from the member and lists only their stores to them', async () => {
    const rows = w.sql.prepare(`SELECT store_id FROM staff_store_access WHERE staff_id = ? ORDER BY 1`).pluck();
    expect(rows.all(managerId)).toEqual([w.storeA, w.storeB].sort((a, b) => a - b));
    const mine = await w.t.ok('stores.list', {}, manager);
    expect(mine.map((store) => store.id).sort()).toEqual([w.storeA, w.storeB].sort());
    expect(await w.t.ok('stores.list', {}, w.adminToken)).toHaveLength(3);
    // Where a transfer may go is the whole chain, whoever sends it.
    expect(await w.t.ok('stores.list', { scope: 'chain' }, manager)).toHaveLength(3);
  });

  it('lets them write in each of their stores and refuses the others', async () => {
    const productId = w.product();
    for (const storeId of [w.storeA, w.storeB]) {
      await w.t.ok('products.setStoreReorder', { productId, storeId, reorderPoint: 3, reorderQty: 9 }, manager);
    }
    const before = w.fingerprint();
    expectError(
      await w.t.call(
        'products.setStoreReorder',
        { productId, storeId: storeC, reorderPoint: 3, reorderQty: 9 },
        manager,
      ),
      'FORBIDDEN',
    );
    expect(w.fingerprint()).toEqual(before);
  });

  it('sends store events to the staff of every store they work in', () => {
    const bus = w.t.backroom.events;
    expect(bus.admits({ storeId: w.storeB }, manager)).toBe(true);
    expect(bus.admits({ storeId: storeC }, manager)).toBe(false);
    expect(bus.admits({ storeId: storeC }, w.adminToken)).toBe(true);
  });

  it('keeps the home store among the stores, and refuses unknown stores', async () => {
    expectError(
      await w.t.call('staff.update', { staffId: managerId, storeIds: [w.storeB] }, w.adminToken),
      'VALIDATION',
    );
    expectError(
      await w.t.call(
        'staff.create',
        { displayName: 'X', username: 'xavier', password: PASSWORD, role: 'clerk', storeIds: [storeC] },
        w.adminToken,
      ),
      'VALIDATION',
    );
    expectError(
      await w.t.call('staff.update', { staffId: managerId, storeIds: [w.storeA, 9999] }, w.adminToken),
      'NOT_FOUND',
    );
  });

  it('ends their sessions when their stores change, and audits old and new stores', async () => {
    const session = (await w.t.ok('auth.login', { username: 'tess', password: PASSWORD })).token;
    await w.t.ok('staff.update', { staffId: managerId, storeIds: [w.storeA, storeC] }, w.adminToken);
    expectError(await w.t.call('auth.getSession', {}, session), 'UNAUTHENTICATED');
    const details = JSON.parse(
      w.sql
        .prepare(`SELECT details FROM audit_log WHERE action = 'staff.update' AND result = 'ok' ORDER BY id DESC`)
        .pluck()
        .get() as string,
    );
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    expect(details).toEqual({
      changes: { storeIds: { from: sorted([w.storeA, w.storeB]), to: sorted([w.storeA, storeC]) } },
    });
    const again = (await w.t.ok('auth.login', { username: 'tess', password: PASSWORD })).token;
    expect((await w.t.ok('stores.list', {}, again)).map((store) => store.id).sort()).toEqual([w.storeA, storeC].sort());
  });

  it('moves the home store along with the stores worked in', async () => {
    const profile = await w.t.ok('staff.update', { staffId: managerId, storeId: w.storeB }, w.adminToken);
    expect(profile.storeId).toBe(w.storeB);
    expect(profile.storeIds).toContain(w.storeB);
    expect(profile.storeIds).toContain(w.storeA);
  });
});
