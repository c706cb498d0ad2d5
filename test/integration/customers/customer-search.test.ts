import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerListRow } from '../../../shared/contract/customers';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import type { SalesFixture } from './sales-fixture';

const FIRST = ['Ann', 'anna', 'Bob', 'Émile', 'Zoë', 'carl'];
const LAST = ['Lee', 'leeds', 'Óneill', 'Baker', 'baker', 'Zimmer', 'Abbott'];

describe('customers.search and customers.list', () => {
  let t: TestBackroom;
  let clerk: string;
  let manager: string;
  let ann: number;
  let archived: number;

  beforeAll(async () => {
    let sales: SalesFixture;
    ({ t, clerk, manager, sales } = await openCustomerDesk());
    // 84 customers: every first × last name twice, so equal names must be ordered by id.
    for (let round = 0; round < 2; round++)
      for (const last of LAST) for (const first of FIRST) sales.customer(first, last);
    ann = (
      await t.ok(
        'customers.create',
        { firstName: 'Annabel', lastName: 'Quist', email: 'annabel.quist@example.org', phone: '+1 555 867 5309' },
        clerk,
      )
    ).id;
    archived = sales.customer('Annabel', 'Quinton', { archivedAt: '2026-01-01T00:00:00.000Z', phone: '+15558670000' });
  });

  afterAll(async () => {
    await t.dispose();
  });

  const search = async (query: string, limit = 20) =>
    (await t.ok('customers.search', { query, limit }, clerk)).items.map((item) => `${item.firstName} ${item.lastName}`);

  it('matches the beginnings of first and last names, in any case and without accents', async () => {
    expect(await search('quis')).toEqual(['Annabel Quist']);
    expect(await search('QUIST annab')).toEqual(['Annabel Quist']);
    expect(new Set(await search('emile oneill'))).toEqual(new Set(['Émile Óneill']));
    expect((await search('zoe zim')).every((name) => name === 'Zoë Zimmer')).toBe(true);
  });

  it('matches words of the email before its @, and the phone with or without its country code', async () => {
    expect(await search('annabel.quist@exam')).toEqual(['Annabel Quist']);
    expect(await search('quist@')).toEqual(['Annabel Quist']);
    expect(await search('example.org')).toEqual([]);
    expect(await search('+1 555 867')).toEqual(['Annabel Quist']);
    expect(await search('(555) 867-53')).toEqual(['Annabel Quist']);
    expect(await search('867 5309')).toEqual([]);
  });

  it('leaves archived customers out and stops at the limit', async () => {
    expect(await search('Quinton')).toEqual([]);
    expect(await search('555 867 0000')).toEqual([]);
    expect(await search('a', 5)).toHaveLength(5);
    expect(await search('b')).toHaveLength(20);
  });

  it('treats SQL and FTS syntax as plain words', async () => {
    for (const query of [
      `'; DROP TABLE customers; --`,
      `" OR 1=1 --`,
      'NEAR(ann lee)',
      'ann* OR bob',
      '^ann',
      '""',
      '   ',
    ]) {
      const result = await t.call('customers.search', { query }, clerk);
      expect(result.ok).toBe(true);
    }
    expect(await search(`lee'; DELETE FROM customers`)).toEqual([]);
    expect(await t.count('customers')).toBe(86);
  });

  it('follows edits: the old name or email no longer finds the customer', async () => {
    await t.ok('customers.update', { id: ann, lastName: 'Rasmussen', email: 'bel@example.org' }, clerk);
    expect(await search('quist')).toEqual([]);
    expect(await search('rasm')).toEqual(['Annabel Rasmussen']);
    await t.ok('customers.update', { id: ann, lastName: 'Quist', email: 'annabel.quist@example.org' }, clerk);
  });

  it.each([
    [{ query: 'x'.repeat(101) }],
    [{ query: 42 }],
    [{ query: 'ann', limit: 21 }],
    [{ query: 'ann', limit: 0 }],
    [{ query: 'ann', store: 1 }],
    [{}],
  ])('refuses search input %j', async (input) => {
    expect(await t.call('customers.search', input, clerk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  async function walk(
    input: { search?: string; includeArchived?: boolean },
    limit: number,
  ): Promise<CustomerListRow[]> {
    const rows: CustomerListRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const result = await t.ok('customers.list', { ...input, limit, cursor }, manager);
      expect(result.items.length).toBeLessThanOrEqual(limit);
      rows.push(...result.items);
      if (result.nextCursor === null) return rows;
      cursor = result.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  const byName = (a: CustomerListRow, b: CustomerListRow) =>
    nocase(a.lastName, b.lastName) || nocase(a.firstName, b.firstName) || a.id - b.id;

  it('walks the whole list A→Z by keyset, every customer once', async () => {
    const rows = await walk({}, 7);
    expect(rows).toHaveLength(85);
    expect(new Set(rows.map((row) => row.id)).size).toBe(85);
    expect(rows).toEqual([...rows].sort(byName));

    const withArchived = await walk({ includeArchived: true }, 50);
    expect(withArchived.map((row) => row.id)).toContain(archived);
    expect(withArchived).toHaveLength(86);
  });

  it('walks a search by keyset too', async () => {
    const rows = await walk({ search: 'baker' }, 5);
    expect(rows).toHaveLength(24);
    expect(rows.every((row) => row.lastName.toLowerCase() === 'baker')).toBe(true);
    expect(rows).toEqual([...rows].sort(byName));
  });

  it('refuses a cursor made for another order', async () => {
    const page = await t.ok('customers.list', { limit: 2 }, manager);
    expect(await t.call('customers.list', { sort: 'spend', cursor: page.nextCursor }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const forged = Buffer.from(JSON.stringify(['not a pair', 3, 'name'])).toString('base64url');
    expect(await t.call('customers.list', { cursor: forged }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

/** SQLite's NOCASE: ASCII letters folded, everything else by code unit. */
function nocase(a: string, b: string): number {
  const fold = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  const [x, y] = [fold(a), fold(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
