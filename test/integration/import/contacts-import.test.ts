import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProfile } from '../../../shared/import/profile';
import { openImportWorld, type ImportWorld } from './import-fixture';

/** Headings that are not the fields' names, so a problem shows which one it names. */
const CUSTOMERS: ImportProfile = {
  version: 1,
  kind: 'customers',
  fields: {
    externalRef: { column: 'Client no.' },
    firstName: { column: 'Given name' },
    lastName: { column: 'Family name' },
    email: { column: 'E-mail address' },
    phone: { column: 'Mobile' },
  },
};
const CUSTOMERS_HEADER = 'Client no.,Given name,Family name,E-mail address,Mobile';

const SUPPLIERS: ImportProfile = {
  version: 1,
  kind: 'suppliers',
  fields: { externalRef: { column: 'Vendor code' }, name: { column: 'Company' } },
};

describe('customer and supplier imports name the file’s column in their problems', () => {
  let w: ImportWorld;

  beforeAll(async () => {
    w = await openImportWorld();
  }, 60_000);
  afterAll(() => w?.dispose());

  it('customers: a taken reference or email, an archived customer and a bad phone', async () => {
    const first = await w.importFile({
      text: [
        CUSTOMERS_HEADER,
        'C-1,Ada,Lovelace,ada@example.com,+44 20 7946 0001',
        'C-2,Alan,Turing,alan@example.com,',
        'C-3,Grace,Hopper,grace@example.com,',
      ].join('\n'),
      profile: CUSTOMERS,
    });
    expect(first.result).toMatchObject({ inserted: 3, rejected: 0 });
    const [grace] = w.rows<{ id: number }>(`SELECT id FROM customers WHERE external_ref = 'C-3'`);
    await w.t.ok('customers.archive', { id: grace!.id }, w.manager);

    const insertOnly = await w.importFile({
      text: [CUSTOMERS_HEADER, 'C-1,Ada,Lovelace,ada@example.com,', 'C-4,Kat,Johnson,kat@example.com,12'].join('\n'),
      profile: CUSTOMERS,
      mode: 'insert',
      atomic: false,
    });
    expect(insertOnly.result).toMatchObject({ inserted: 0, rejected: 2 });
    expect(insertOnly.result!.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Client no.',
        value: 'C-1',
        reason: 'Reference belongs to a customer already (this import adds new customers only)',
      },
      {
        rowNumber: 3,
        column: 'Mobile',
        value: '12',
        reason: 'Phone must have 7 to 15 digits (spaces, dashes, brackets and a leading + are fine)',
      },
    ]);

    const upsert = await w.importFile({
      text: [CUSTOMERS_HEADER, 'C-2,Alan,Turing,ada@example.com,', 'C-3,Grace,Hopper,grace@example.com,'].join('\n'),
      profile: CUSTOMERS,
      mode: 'upsert',
      naturalKey: 'externalRef',
      atomic: false,
    });
    expect(upsert.result).toMatchObject({ updated: 0, rejected: 2 });
    expect(upsert.result!.problems).toEqual([
      {
        rowNumber: 2,
        column: 'E-mail address',
        value: 'ada@example.com',
        reason: 'Email belongs to another customer already',
      },
      {
        rowNumber: 3,
        column: 'Client no.',
        value: 'C-3',
        reason: 'Reference belongs to an archived customer, who can no longer change',
      },
    ]);
    // The rejects file a person fixes says the same.
    expect(await w.download(upsert.rejectsFileId)).toContain(
      'C-2,Alan,Turing,ada@example.com,,2,E-mail address,ada@example.com,Email belongs to another customer already\r\n',
    );
    expect(w.rows('SELECT external_ref, email FROM customers ORDER BY external_ref')).toEqual([
      { external_ref: 'C-1', email: 'ada@example.com' },
      { external_ref: 'C-2', email: 'alan@example.com' },
      { external_ref: 'C-3', email: 'grace@example.com' },
    ]);
  });

  it('suppliers: a name already in use, in an insert and in an update by reference', async () => {
    const first = await w.importFile({
      text: 'Vendor code,Company\nV-1,Ma Maison\nV-2,Tokyo Traders',
      profile: SUPPLIERS,
    });
    expect(first.result).toMatchObject({ inserted: 2, rejected: 0 });

    const insertOnly = await w.importFile({
      text: 'Vendor code,Company\nV-3,Ma Maison',
      profile: SUPPLIERS,
      mode: 'insert',
      naturalKey: 'name',
      atomic: false,
    });
    expect(insertOnly.result!.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Company',
        value: 'Ma Maison',
        reason: 'Name belongs to a supplier already (this import adds new suppliers only)',
      },
    ]);

    const upsert = await w.importFile({
      text: 'Vendor code,Company\nV-2,Ma Maison',
      profile: SUPPLIERS,
      mode: 'upsert',
      naturalKey: 'externalRef',
      atomic: false,
    });
    expect(upsert.result!.problems).toEqual([
      { rowNumber: 2, column: 'Company', value: 'Ma Maison', reason: 'Name belongs to another supplier already' },
    ]);
    expect(w.rows('SELECT external_ref, name FROM suppliers ORDER BY external_ref')).toEqual([
      { external_ref: 'V-1', name: 'Ma Maison' },
      { external_ref: 'V-2', name: 'Tokyo Traders' },
    ]);
  });
});
