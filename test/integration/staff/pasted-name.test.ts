import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

/** A name pasted from a spreadsheet brings its cell's tab along; it is kept as the space it looks like. */
describe('a name pasted with a tab in it', () => {
  let t: TestBackroom;
  let admin: string;

  beforeEach(async () => {
    t = await openTestBackroom();
    admin = (await setUpStore(t)).token;
  });
  afterEach(async () => {
    await t.dispose();
  });

  const storedName = async (staffId: number) =>
    (await t.backroom.dataSource.query(`SELECT display_name FROM staff_members WHERE id = ?`, [staffId]))[0]
      .display_name;

  it('is saved with a space for the tab when a staff member is added or renamed', async () => {
    const carl = await t.ok(
      'staff.create',
      { displayName: 'Carl\tClerk\t', username: 'carl', password: 'carl password 123', role: 'clerk' },
      admin,
    );
    expect(carl.displayName).toBe('Carl Clerk');
    expect(await storedName(carl.id)).toBe('Carl Clerk');

    const renamed = await t.ok('staff.update', { staffId: carl.id, displayName: 'Carl\tThe Clerk' }, admin);
    expect(renamed.displayName).toBe('Carl The Clerk');
    expect(await storedName(carl.id)).toBe('Carl The Clerk');
  });

  it('is saved with a space for the tab for a customer, instead of being refused as unprintable', async () => {
    const ada = await t.ok('customers.create', { firstName: 'Ada\tMary', lastName: 'Lovelace\t' }, admin);
    expect([ada.firstName, ada.lastName]).toEqual(['Ada Mary', 'Lovelace']);
    const [stored] = await t.backroom.dataSource.query(`SELECT first_name, last_name FROM customers WHERE id = ?`, [
      ada.id,
    ]);
    expect(stored).toEqual({ first_name: 'Ada Mary', last_name: 'Lovelace' });
  });

  it('is cleaned the same way for a product’s name, by the one rule for names', () => {
    const parsed = contract['products.create'].input.parse({
      sku: 'OAT-1L',
      name: 'Oat milk\t1 l',
      priceCents: 249,
      costCents: 120,
      taxRateBp: 0,
      reorderPoint: 0,
      reorderQty: 0,
      allowBackorder: false,
      attributes: {},
    });
    expect(parsed.name).toBe('Oat milk 1 l');
  });
});
