import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProfile } from '../../../shared/import/profile';
import { openImportWorld, type ImportWorld } from '../import/import-fixture';

const NETHERLANDS = { callingCode: '31', trunkPrefix: '0' };

const CUSTOMERS: ImportProfile = {
  version: 1,
  kind: 'customers',
  fields: { firstName: { column: 'First' }, lastName: { column: 'Last' }, phone: { column: 'Mobile' } },
};

/**
 * A chain that kept phones as typed until an admin set the Netherlands as the phone country:
 * the phones already stored are written in full where that is safe, and every way in (the
 * screens, the import, the search) then knows 06… and +316… for one number.
 */
describe('the phone country', () => {
  let w: ImportWorld;
  const ids: Record<string, number> = {};

  const phoneOf = (name: string) =>
    w.rows<{ phone: string | null }>('SELECT phone FROM customers WHERE id = ?', ids[name])[0]!.phone;
  const outboxSeqOf = (name: string) =>
    w.rows<{ seq: number }>(
      `SELECT o.seq FROM sync_outbox o JOIN customers c ON c.uid = o.entity_uid
       WHERE o.entity = 'customers' AND c.id = ?`,
      ids[name],
    )[0]?.seq;
  const create = (firstName: string, phone: string) =>
    w.t.call('customers.create', { firstName, lastName: 'Visser', phone }, w.clerk);
  const search = async (query: string) =>
    (await w.t.ok('customers.search', { query }, w.clerk)).items.map((item) => item.firstName).sort();

  beforeAll(async () => {
    w = await openImportWorld();
    const typed = {
      // Anna's number is stored twice: Bram typed it with its country code.
      anna: '06 12345678',
      bram: '+31 6 12345678',
      // Cas and Dirk would both become +31687654321.
      cas: '0687654321',
      dirk: '0031 6 87654321',
      eva: '06-11111111',
      fleur: '+44 20 7946 0001',
    };
    for (const [name, phone] of Object.entries(typed)) {
      ids[name] = (await w.t.ok('customers.create', { firstName: name, lastName: 'Visser', phone }, w.clerk)).id;
    }
  }, 60_000);
  afterAll(() => w?.dispose());

  it('is not set until an admin sets it, and phones are stored as typed meanwhile', async () => {
    expect(await w.t.ok('settings.getPhoneCountry', {}, w.clerk)).toEqual({ phoneCountry: null });
    expect([phoneOf('anna'), phoneOf('bram'), phoneOf('dirk')]).toEqual([
      '0612345678',
      '+31612345678',
      '0031687654321',
    ]);
    for (const token of [w.clerk, w.manager]) {
      const refused = await w.t.call('settings.setPhoneCountry', NETHERLANDS, token);
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const badCode = await w.t.call('settings.setPhoneCountry', { callingCode: '031', trunkPrefix: '0' }, w.admin);
    expect(badCode).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await w.t.ok('settings.getPhoneCountry', {}, w.clerk)).toEqual({ phoneCountry: null });
  });

  it('writes stored phones in full, leaving the ones two customers would share as typed', async () => {
    const evaSeqBefore = outboxSeqOf('eva')!;
    const annaSeqBefore = outboxSeqOf('anna')!;
    const saved = await w.t.ok('settings.setPhoneCountry', NETHERLANDS, w.admin);

    expect(saved).toMatchObject({ phoneCountry: NETHERLANDS, renumbered: 1, unchanged: 0 });
    expect(
      saved.duplicates.map(({ phone, first, second }) => [phone, first.firstName, first.id, second.firstName]),
    ).toEqual([
      ['+31612345678', 'bram', ids.bram, 'anna'],
      ['+31687654321', 'cas', ids.cas, 'dirk'],
    ]);
    expect(Object.fromEntries(Object.keys(ids).map((name) => [name, phoneOf(name)]))).toEqual({
      anna: '0612345678',
      bram: '+31612345678',
      cas: '0687654321',
      dirk: '0031687654321',
      eva: '+31611111111',
      fleur: '+442079460001',
    });
    expect(await w.t.ok('settings.getPhoneCountry', {}, w.clerk)).toEqual({ phoneCountry: NETHERLANDS });

    // Head office hears of Eva's new number; nothing changed for Anna.
    expect(outboxSeqOf('eva')).toBeGreaterThan(evaSeqBefore);
    expect(outboxSeqOf('anna')).toBe(annaSeqBefore);

    const [audit] = w.rows<{ details: string }>(
      `SELECT details FROM audit_log WHERE action = 'settings.setPhoneCountry' AND result = 'ok'`,
    );
    expect(JSON.parse(audit!.details)).toEqual({
      from: null,
      to: NETHERLANDS,
      renumbered: 1,
      unchanged: 0,
      duplicates: 2,
    });
    expect(audit!.details).not.toMatch(/612345678|687654321|anna|bram/);
  });

  it('finds a full number typed with its trunk 0, as well as the ones left as typed', async () => {
    expect(await search('0611 111')).toEqual(['eva']);
    expect(await search('06 1234 5678')).toEqual(['anna', 'bram']);
    expect(await search('+31 6 11')).toEqual(['eva']);
    const listed = await w.t.ok('customers.list', { search: '061111', limit: 10 }, w.manager);
    expect(listed.items.map((item) => item.firstName)).toEqual(['eva']);
  });

  it('refuses a new or edited phone another customer has in full form, naming the phone field', async () => {
    const typedLocally = await create('gijs', '06 1111 1111');
    expect(typedLocally).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { field: 'phone', customerId: ids.eva } },
    });

    const hanna = await w.t.ok(
      'customers.create',
      { firstName: 'hanna', lastName: 'Visser', phone: '06 2222 2222' },
      w.clerk,
    );
    expect(hanna.phone).toBe('+31622222222');
    const edited = await w.t.call('customers.update', { id: ids.fleur, phone: '0031 6 2222 2222' }, w.clerk);
    expect(edited).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { field: 'phone', customerId: hanna.id } },
    });
    const renumbered = await w.t.ok('customers.update', { id: ids.fleur!, phone: '06 3333 3333' }, w.clerk);
    expect(renumbered.phone).toBe('+31633333333');

    // Five digits once 00 stands for the +: refused on the phone field, not by the database.
    const tooShort = await create('ivo', '0012345');
    expect(tooShort).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'phone' }] } },
    });
  });

  it('imports phones in full form and refuses one number spelt two ways in a file or taken already', async () => {
    const inserted = await w.importFile({
      text: [
        'First,Last,Mobile',
        'jan,Visser,06 4444 4444',
        'joop,Visser,+31 6 4444 4444',
        'kees,Visser,06-11111111',
      ].join('\n'),
      profile: CUSTOMERS,
      atomic: false,
    });
    expect(inserted.result).toMatchObject({ inserted: 1, rejected: 2 });
    expect(inserted.result!.problems).toEqual([
      {
        rowNumber: 3,
        column: 'Mobile',
        value: '+31 6 4444 4444',
        reason: 'Phone is already on row 2 of the file; each may appear only once',
      },
      {
        rowNumber: 4,
        column: 'Mobile',
        value: '+31611111111',
        reason: 'Phone belongs to a customer already (this import adds new customers only)',
      },
    ]);

    // Matched by phone, the second spelling would otherwise update the customer the first row added.
    const upserted = await w.importFile({
      text: ['First,Last,Mobile', 'lotte,Visser,0031 6 5555 5555', 'lieke,Visser,06 5555 5555'].join('\n'),
      profile: CUSTOMERS,
      mode: 'upsert',
      naturalKey: 'phone',
      atomic: false,
    });
    expect(upserted.result).toMatchObject({ inserted: 1, updated: 0, rejected: 1 });
    expect(upserted.result!.problems).toEqual([
      {
        rowNumber: 3,
        column: 'Mobile',
        value: '06 5555 5555',
        reason: 'Phone is already on row 2 of the file; each may appear only once',
      },
    ]);
    expect(
      w.rows(`SELECT first_name AS name, phone FROM customers WHERE first_name IN ('jan', 'joop', 'lotte', 'lieke')`),
    ).toEqual([
      { name: 'jan', phone: '+31644444444' },
      { name: 'lotte', phone: '+31655555555' },
    ]);
  });
});
