import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../stock/stock-fixtures';
import { lastAuditDetails, openPermissionsWorld, type PermissionsWorld, type Staff } from './permissions-fixture';

/** Logins and approvals each pay for one password hash: a world per file, staff made once. */
const SETUP_TIMEOUT_MS = 60_000;

describe('clerk writes that need a manager’s approval', () => {
  let w: PermissionsWorld;
  let clerk: Staff;
  let otherClerk: Staff;
  let manager: Staff;
  let managerB: Staff;

  beforeAll(async () => {
    w = await openPermissionsWorld();
    [clerk, otherClerk, manager, managerB] = [
      await w.staff('clerk', w.storeA),
      await w.staff('clerk', w.storeA),
      await w.staff('manager', w.storeA),
      await w.staff('manager', w.storeB),
    ];
    await w.t.ok('settings.setSales', { countApprovalCents: 1_000, refundApprovalCents: 1_000 }, w.adminToken);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => w.dispose());

  describe('stock.applyCount', () => {
    it('lets a clerk book a count whose difference at cost is within the threshold', async () => {
      const product = w.stockedProduct([w.storeA], 10, 100);
      await w.t.ok('stock.applyCount', { lines: [{ productId: product, counted: 0 }] }, clerk.token);
      expect(w.onHand(w.storeA, product)).toBe(0);
    });

    it('refuses a clerk’s larger count without approval, saying why, and writes nothing', async () => {
      const product = w.stockedProduct([w.storeA], 50, 100);
      const before = w.everything();
      const error = expectError(
        await w.t.call('stock.applyCount', { lines: [{ productId: product, counted: 0 }] }, clerk.token),
        'FORBIDDEN',
      );
      expect(error.details).toEqual({
        approvalRequired: true,
        reason: 'count',
        valueCents: 5_000,
        thresholdCents: 1_000,
      });
      expect(w.everything()).toEqual(before);
    });

    it('values gains and losses alike, so differences that cancel out still count', async () => {
      const [lost, found] = [w.stockedProduct([w.storeA], 20, 30), w.stockedProduct([w.storeA], 0, 30)];
      const lines = [
        { productId: lost, counted: 0 },
        { productId: found, counted: 20 },
      ];
      const error = expectError(await w.t.call('stock.applyCount', { lines }, clerk.token), 'FORBIDDEN');
      expect(error.details).toMatchObject({ reason: 'count', valueCents: 1_200 });
    });

    it('refuses approval by another clerk or by a manager of another store, writing nothing', async () => {
      const product = w.stockedProduct([w.storeA], 50, 100);
      const before = w.everything();
      for (const approver of [otherClerk, managerB]) {
        const input = { lines: [{ productId: product, counted: 0 }], approval: approver.approval };
        const error = expectError(await w.t.call('stock.applyCount', input, clerk.token), 'FORBIDDEN');
        expect(error.details).toMatchObject({ approvalRequired: true, reason: 'count' });
      }
      expect(w.everything()).toEqual(before);
    });

    it('books it with a manager’s approval, naming the approver in the audit log', async () => {
      const product = w.stockedProduct([w.storeA], 50, 100);
      const input = { lines: [{ productId: product, counted: 0 }], approval: manager.approval };
      await w.t.ok('stock.applyCount', input, clerk.token);
      expect(w.onHand(w.storeA, product)).toBe(0);
      expect(lastAuditDetails(w, 'stock.applyCount')).toMatchObject({ approvedBy: manager.id, varianceCents: 5_000 });
    });

    it('lets a manager book a large count alone', async () => {
      const product = w.stockedProduct([w.storeA], 50, 100);
      await w.t.ok('stock.applyCount', { lines: [{ productId: product, counted: 0 }] }, manager.token);
      expect(w.onHand(w.storeA, product)).toBe(0);
    });
  });

  describe('orders.return', () => {
    it('lets a clerk refund up to the threshold alone', async () => {
      const product = w.stockedProduct([w.storeA], 10);
      const order = await w.sell(clerk.token, product, 4);
      const input = {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[0]!.id, quantity: 2, restock: true }],
        refundTo: 'original' as const,
      };
      expect((await w.t.ok('orders.return', input, clerk.token)).refundCents).toBe(1_000);
    });

    it('refuses a clerk’s larger refund without approval and books it with a manager’s', async () => {
      const product = w.stockedProduct([w.storeA], 10);
      const order = await w.sell(clerk.token, product, 4);
      const input = {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[0]!.id, quantity: 3, restock: true }],
        refundTo: 'original' as const,
      };
      const before = w.everything();
      const error = expectError(await w.t.call('orders.return', input, clerk.token), 'FORBIDDEN');
      expect(error.details).toEqual({
        approvalRequired: true,
        reason: 'refund',
        valueCents: 1_500,
        thresholdCents: 1_000,
      });
      expect(w.everything()).toEqual(before);

      const approved = await w.t.ok('orders.return', { ...input, approval: manager.approval }, clerk.token);
      expect(approved.refundCents).toBe(1_500);
      expect(lastAuditDetails(w, 'orders.return')).toMatchObject({ approvedBy: manager.id });
    });

    it('lets a manager refund any amount alone', async () => {
      const product = w.stockedProduct([w.storeA], 10);
      const order = await w.sell(manager.token, product, 4);
      const input = {
        orderId: order.id,
        lines: [{ orderLineId: order.lines[0]!.id, quantity: 4, restock: false }],
        refundTo: 'original' as const,
      };
      expect((await w.t.ok('orders.return', input, manager.token)).refundCents).toBe(2_000);
    });
  });

  describe('purchaseOrders.receive: over-receipt', () => {
    it('lets a clerk receive up to what was ordered', async () => {
      const product = w.stockedProduct([w.storeA], 0);
      const order = await w.purchaseOrder(manager.token, product, 5);
      await w.t.ok(
        'purchaseOrders.receive',
        { id: order.id, lines: [{ productId: product, quantity: 5 }] },
        clerk.token,
      );
      expect(w.onHand(w.storeA, product)).toBe(5);
    });

    it('refuses a clerk’s confirmed over-receipt without approval and books it with a manager’s', async () => {
      const product = w.stockedProduct([w.storeA], 0);
      const order = await w.purchaseOrder(manager.token, product, 5);
      const input = { id: order.id, lines: [{ productId: product, quantity: 8 }], confirmOverReceipt: true };
      const before = w.everything();
      const error = expectError(await w.t.call('purchaseOrders.receive', input, clerk.token), 'FORBIDDEN');
      expect(error.details).toEqual({ approvalRequired: true, reason: 'overReceipt' });
      expect(w.everything()).toEqual(before);

      await w.t.ok('purchaseOrders.receive', { ...input, approval: manager.approval }, clerk.token);
      expect(w.onHand(w.storeA, product)).toBe(8);
      expect(lastAuditDetails(w, 'purchaseOrders.receive')).toMatchObject({
        overReceipt: true,
        approvedBy: manager.id,
      });
    });

    it('still asks everyone to confirm first, and lets a manager confirm alone', async () => {
      const product = w.stockedProduct([w.storeA], 0);
      const order = await w.purchaseOrder(manager.token, product, 5);
      const lines = [{ productId: product, quantity: 6 }];
      expectError(await w.t.call('purchaseOrders.receive', { id: order.id, lines }, manager.token), 'CONFLICT');
      await w.t.ok('purchaseOrders.receive', { id: order.id, lines, confirmOverReceipt: true }, manager.token);
      expect(w.onHand(w.storeA, product)).toBe(6);
    });
  });
});

describe('settings.getSales and settings.setSales: approval thresholds', () => {
  let w: PermissionsWorld;
  let manager: Staff;

  beforeAll(async () => {
    w = await openPermissionsWorld();
    manager = await w.staff('manager', w.storeA);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => w.dispose());

  it('starts from the defaults and changes only the settings given', async () => {
    expect(await w.t.ok('settings.getSales', {}, manager.token)).toEqual({
      approvalThresholdBp: 1_000,
      refundApprovalCents: 10_000,
      countApprovalCents: 50_000,
    });
    expect(await w.t.ok('settings.setSales', { refundApprovalCents: 2_500 }, w.adminToken)).toEqual({
      approvalThresholdBp: 1_000,
      refundApprovalCents: 2_500,
      countApprovalCents: 50_000,
    });
    await w.t.ok('settings.setSales', { countApprovalCents: 0, approvalThresholdBp: 500 }, w.adminToken);
    expect(await w.t.ok('settings.getSales', {}, manager.token)).toEqual({
      approvalThresholdBp: 500,
      refundApprovalCents: 2_500,
      countApprovalCents: 0,
    });
    expect(lastAuditDetails(w, 'settings.setSales')).toMatchObject({
      from: { countApprovalCents: 50_000 },
      to: { countApprovalCents: 0 },
    });
  });

  it('still reads them after other settings were read the other way (the value alone)', async () => {
    await w.t.ok('settings.setSales', { refundApprovalCents: 3_000 }, w.adminToken);
    // The phone country, sync and backup settings read the same statement for their value alone.
    await w.t.ok('settings.getPhoneCountry', {}, manager.token);
    expect(await w.t.ok('settings.getSales', {}, manager.token)).toMatchObject({ refundApprovalCents: 3_000 });
  });

  it('lets only an admin change them', async () => {
    const before = w.everything();
    expectError(await w.t.call('settings.setSales', { refundApprovalCents: 1 }, manager.token), 'FORBIDDEN');
    expect(w.everything()).toEqual(before);
  });

  it.each([
    ['nothing to change', {}],
    ['a negative threshold', { refundApprovalCents: -1 }],
    ['a fractional threshold', { countApprovalCents: 10.5 }],
    ['an unknown setting', { unitsApproval: 3 }],
  ])('refuses %s with VALIDATION', async (_case, input) => {
    expectError(await w.t.call('settings.setSales', input, w.adminToken), 'VALIDATION');
  });

  it('holds a threshold of zero to every change at cost', async () => {
    const clerk = await w.staff('clerk', w.storeA);
    const product = w.stockedProduct([w.storeA], 3, 1);
    expectError(
      await w.t.call('stock.applyCount', { lines: [{ productId: product, counted: 2 }] }, clerk.token),
      'FORBIDDEN',
    );
    await w.t.ok('stock.applyCount', { lines: [{ productId: product, counted: 3 }] }, clerk.token);
  });
});
