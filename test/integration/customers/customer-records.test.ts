import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';

describe('customers: sign-up, contact details, archive', () => {
  let t: TestBackroom;
  let clerk: string;
  let manager: string;
  let storeId: number;

  beforeAll(async () => {
    ({ t, storeId, clerk, manager } = await openCustomerDesk());
  });

  afterAll(async () => {
    await t.dispose();
  });

  it('signs a customer up at the clerk’s store, storing the phone as digits', async () => {
    const profile = await t.ok(
      'customers.create',
      {
        firstName: ' Ann ',
        lastName: 'Lee',
        email: 'Ann.Lee@Example.com',
        phone: '+1 (555) 010-2030',
        marketingConsent: true,
      },
      clerk,
    );
    expect(profile).toMatchObject({
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'Ann.Lee@Example.com',
      phone: '+15550102030',
      marketingConsent: true,
      archived: false,
      homeStoreId: storeId,
      homeStoreName: 'Corner Grocery',
      rfm: null,
      storeCreditCents: 0,
      purchases: {
        lifetimeSpendCents: 0,
        orderCount: 0,
        averageBasketCents: 0,
        firstPurchaseAt: null,
        lastPurchaseAt: null,
        firstPurchaseStoreId: null,
        lastPurchaseStoreId: null,
      },
      favouriteProducts: [],
      favouriteCategories: [],
      interactionCounts: { viewed: 0, added_to_cart: 0, bought: 0, rated: 0 },
      recentOrders: [],
    });
    expect(profile.createdAt).toBe(t.clock.now().toISOString());
    expect(await t.ok('customers.get', { id: profile.id }, clerk)).toEqual(profile);
  });

  it('refuses an email another customer has, whatever its case, naming the field', async () => {
    const first = await t.ok('customers.create', { firstName: 'Bo', lastName: 'Berg', email: 'bo@example.com' }, clerk);
    const twin = await t.call(
      'customers.create',
      { firstName: 'Bo', lastName: 'Other', email: 'BO@EXAMPLE.COM' },
      clerk,
    );
    expect(twin).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { field: 'email', customerId: first.id } },
    });

    const other = await t.ok('customers.create', { firstName: 'Cy', lastName: 'Cole' }, clerk);
    const taken = await t.call('customers.update', { id: other.id, email: 'Bo@Example.com' }, clerk);
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'email' } } });
    // Changing only the case of one's own email is no conflict.
    expect(await t.ok('customers.update', { id: first.id, email: 'BO@example.com' }, clerk)).toMatchObject({
      email: 'BO@example.com',
    });
  });

  it('refuses a phone another customer has, however it is written', async () => {
    await t.ok('customers.create', { firstName: 'Di', lastName: 'Dunn', phone: '020 7946 0000' }, clerk);
    const twin = await t.call('customers.create', { firstName: 'Ed', lastName: 'Dunn', phone: '020-7946-0000' }, clerk);
    expect(twin).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { field: 'phone' } } });
    const international = await t.ok(
      'customers.create',
      { firstName: 'Ed', lastName: 'Dunn', phone: '+44 20 7946 0000' },
      clerk,
    );
    expect(international.phone).toBe('+442079460000');
  });

  it.each([
    ['an email without @', { email: 'ann.example.com' }, 'email'],
    ['an email with spaces', { email: 'ann lee@example.com' }, 'email'],
    ['a phone with letters', { phone: '555-CALL-NOW' }, 'phone'],
    ['a phone with too few digits', { phone: '12 34 5' }, 'phone'],
    ['a phone with too many digits', { phone: '+1234567890123456' }, 'phone'],
    ['a + inside a phone', { phone: '555+0102030' }, 'phone'],
    ['an empty first name', { firstName: '   ' }, 'firstName'],
    ['a name with a control character', { firstName: 'Ann\u0000' }, 'firstName'],
    ['a huge last name', { lastName: 'x'.repeat(10_000) }, 'lastName'],
    ['huge notes', { notes: 'x'.repeat(2001) }, 'notes'],
    ['a number for a name', { firstName: 42 }, 'firstName'],
    ['a string for consent', { marketingConsent: 'yes' }, 'marketingConsent'],
    ['a field the contract does not know', { loyaltyTier: 'gold' }, ''],
  ])('refuses %s', async (_what, fields, path) => {
    const result = await t.call('customers.create', { firstName: 'Val', lastName: 'Idation', ...fields }, clerk);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(JSON.stringify(result.error.details)).toContain(`"path":"${path}"`);
  });

  it('changes only the fields given; an empty box or null clears an optional one', async () => {
    const created = await t.ok(
      'customers.create',
      { firstName: 'Fay', lastName: 'Fox', email: 'fay@example.com', phone: '5550001111', notes: 'Gluten-free' },
      clerk,
    );
    t.clock.advanceMinutes(5);
    const updated = await t.ok(
      'customers.update',
      { id: created.id, lastName: 'Fox-Hill', email: '', notes: null },
      clerk,
    );
    expect(updated).toMatchObject({
      firstName: 'Fay',
      lastName: 'Fox-Hill',
      email: null,
      phone: '5550001111',
      notes: null,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('records in the audit log which fields changed, never their values', async () => {
    const created = await t.ok(
      'customers.create',
      { firstName: 'Gus', lastName: 'Grey', email: 'gus@example.com' },
      clerk,
    );
    await t.ok('customers.update', { id: created.id, email: 'gus.grey@example.com', phone: '555 123 4567' }, clerk);
    const [entry] = (await t.backroom.dataSource.query(
      `SELECT action, entity, entity_id, details FROM audit_log WHERE action = 'customers.update' ORDER BY id DESC LIMIT 1`,
    )) as { action: string; entity: string; entity_id: string; details: string }[];
    expect(entry).toMatchObject({ entity: 'customers', entity_id: String(created.id) });
    expect(JSON.parse(entry!.details)).toEqual({ changed: ['email', 'phone'] });
  });

  it.each([
    [{ uid: 'c0ffee' }],
    [{ email: ['ann@example.com'] }],
    [{ phone: 5550102030 }],
    [{ marketingConsent: null }],
    [{ homeStoreId: 0 }],
    [{ firstName: null }],
  ])('refuses an update with %j', async (fields) => {
    const { id } = await t.ok('customers.create', { firstName: 'Una', lastName: 'Update' }, clerk);
    expect(await t.call('customers.update', { id, ...fields }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses a home store that does not exist and an unknown customer', async () => {
    const store = await t.call('customers.create', { firstName: 'Hal', lastName: 'Hunt', homeStoreId: 999 }, clerk);
    expect(store).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.call('customers.get', { id: 424242 }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.call('customers.update', { id: 424242, notes: 'x' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('archives and restores (a manager’s call), and edits only active customers', async () => {
    const { id } = await t.ok('customers.create', { firstName: 'Ivy', lastName: 'Irwin' }, clerk);
    expect(await t.call('customers.archive', { id }, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const archived = await t.ok('customers.archive', { id }, manager);
    expect(archived).toMatchObject({ archived: true, archivedAt: t.clock.now().toISOString() });
    expect(await t.ok('customers.archive', { id }, manager)).toEqual(archived);
    expect(await t.call('customers.update', { id, notes: 'Moved away' }, clerk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const restored = await t.ok('customers.restore', { id }, manager);
    expect(restored).toMatchObject({ archived: false, archivedAt: null });
  });

  it('keeps the sync outbox told of every customer change', async () => {
    const before = await t.count('sync_outbox');
    const { id } = await t.ok('customers.create', { firstName: 'Jo', lastName: 'Jones' }, clerk);
    await t.ok('customers.update', { id, firstName: 'Joan' }, clerk);
    // One pending row per changed customer, however often it changed.
    expect(await t.count('sync_outbox')).toBe(before + 1);
  });

  it('answers a caller without a session with UNAUTHENTICATED', async () => {
    expect(await t.call('customers.get', { id: 1 }, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
