import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import { daysBefore, type SalesFixture } from './sales-fixture';

describe('customers.merge', () => {
  let t: TestBackroom;
  let clerk: string;
  let manager: string;
  let sales: SalesFixture;
  let productId: number;

  beforeAll(async () => {
    ({ t, clerk, manager, sales } = await openCustomerDesk());
    productId = sales.product('Oat Milk');
  });

  afterAll(async () => {
    await t.dispose();
  });

  let pairs = 0;

  /** A customer and a later duplicate sign-up of the same person, each with some history. */
  async function duplicatePair() {
    pairs++;
    const target = await t.ok(
      'customers.create',
      { firstName: 'Ann', lastName: 'Lee', email: `ann${pairs}@example.com`, notes: 'Prefers oat milk' },
      clerk,
    );
    const source = await t.ok(
      'customers.create',
      {
        firstName: 'Anne',
        lastName: 'Lee',
        email: `anne.lee${pairs}@example.com`,
        phone: `555 010 999${pairs}`,
        marketingConsent: true,
        notes: 'Paper receipts',
      },
      clerk,
    );
    const now = t.clock.now();
    for (const days of [30, 10])
      sales.order(source.id, daysBefore(now, days), [{ productId, quantity: 1, unitPriceCents: 250 }]);
    sales.order(target.id, daysBefore(now, 5), [{ productId, quantity: 2, unitPriceCents: 250 }]);
    sales.interaction(source.id, productId, 'viewed', daysBefore(now, 9));
    sales.credit(source.id, 700);
    sales.credit(source.id, -200, 'redeemed');
    return { target, source };
  }

  it('moves orders, interactions and store credit, fills the missing phone and archives the source', async () => {
    const { target, source } = await duplicatePair();
    const merged = await t.ok('customers.merge', { sourceId: source.id, targetId: target.id }, manager);

    expect(merged.moved).toEqual({ orders: 2, interactions: 1, storeCreditCents: 500 });
    expect(merged.filled).toEqual(['phone']);
    expect(merged.customer).toMatchObject({
      id: target.id,
      email: 'ann1@example.com',
      phone: '5550109991',
      marketingConsent: true,
      notes: `Prefers oat milk\n\nMerged from customer #${source.id}: Paper receipts`,
      storeCreditCents: 500,
      purchases: { orderCount: 3, lifetimeSpendCents: 1000 },
      interactionCounts: { viewed: 1 },
    });
    const left = await t.ok('customers.get', { id: source.id }, clerk);
    expect(left).toMatchObject({
      archived: true,
      phone: null,
      email: 'anne.lee1@example.com',
      storeCreditCents: 0,
      purchases: { orderCount: 0 },
      recentOrders: [],
    });
  });

  it('keeps once an event both customers hold, instead of refusing the merge', async () => {
    const { target, source } = await duplicatePair();
    const seen = daysBefore(t.clock.now(), 9);
    sales.interaction(target.id, productId, 'viewed', seen);
    sales.interaction(source.id, productId, 'added_to_cart', seen);

    const merged = await t.ok('customers.merge', { sourceId: source.id, targetId: target.id }, manager);

    expect(merged.moved.interactions).toBe(1);
    const kinds = sales.sql
      .prepare(`SELECT "kind" FROM "customer_interactions" WHERE "customer_id" IN (?, ?) ORDER BY "kind"`)
      .pluck()
      .all(target.id, source.id);
    expect(kinds).toEqual(['added_to_cart', 'viewed']);
  });

  it('writes one audit entry with what moved and no personal data', async () => {
    const { target, source } = await duplicatePair();
    await t.ok('customers.merge', { sourceId: source.id, targetId: target.id }, manager);
    const [entry] = (await t.backroom.dataSource.query(
      `SELECT entity_id, details FROM audit_log WHERE action = 'customers.merge' AND result = 'ok' ORDER BY id DESC LIMIT 1`,
    )) as { entity_id: string; details: string }[];
    expect(entry!.entity_id).toBe(String(target.id));
    expect(JSON.parse(entry!.details)).toEqual({
      sourceId: source.id,
      orders: 2,
      interactions: 1,
      storeCreditCents: 500,
      filled: ['phone'],
    });
  });

  it('is all or nothing: a refused merge leaves both customers as they were', async () => {
    const { target, source } = await duplicatePair();
    await t.ok('customers.archive', { id: target.id }, manager);
    const before = await t.ok('customers.get', { id: source.id }, clerk);
    expect(await t.call('customers.merge', { sourceId: source.id, targetId: target.id }, manager)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.ok('customers.get', { id: source.id }, clerk)).toEqual(before);
  });

  it('refuses merging a customer into itself, unknown customers and clerks', async () => {
    const { target, source } = await duplicatePair();
    expect(await t.call('customers.merge', { sourceId: target.id, targetId: target.id }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.call('customers.merge', { sourceId: 987_654, targetId: target.id }, manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('customers.merge', { sourceId: source.id, targetId: target.id }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
