import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProfile } from '../../../shared/import/profile';
import { openImportWorld, type ImportWorld } from './import-fixture';

const CUSTOMERS_CSV = [
  'Customer ID;Name;E-mail;Telephone;Newsletter',
  'C-1;Zoë Ünal;zoe@example.com;+44 20 7946 0958;yes',
  'C-2;Jean-Luc Picard;jl@example.com;;no',
  'C-3;Bad Mail;not an email;;maybe',
].join('\n');

describe('imports channels', () => {
  let w: ImportWorld;

  beforeAll(async () => {
    w = await openImportWorld();
  }, 60_000);
  afterAll(() => w?.dispose());

  it('lists every kind with its fields, to a manager but not a clerk', async () => {
    const { kinds } = await w.t.ok('imports.kinds', {}, w.manager);
    expect(kinds.map((kind) => kind.kind)).toEqual(
      expect.arrayContaining(['products', 'customers', 'suppliers', 'stock', 'sales', 'interactions']),
    );
    const products = kinds.find((kind) => kind.kind === 'products')!;
    expect(products.naturalKeys).toEqual(['sku', 'barcode']);
    expect(products.fields.find((field) => field.key === 'price')).toMatchObject({ type: 'money', required: true });
    expect(await w.t.call('imports.kinds', {}, w.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('inspects a file: how it reads, its first rows and a suggested mapping', async () => {
    const fileId = await w.upload(CUSTOMERS_CSV);
    const inspected = await w.t.ok('imports.inspect', { fileId }, w.manager);
    expect(inspected).toMatchObject({
      format: 'csv',
      delimiter: ';',
      header: ['Customer ID', 'Name', 'E-mail', 'Telephone', 'Newsletter'],
    });
    expect(inspected.rows).toHaveLength(3);
    expect(inspected.rows[0]).toEqual({
      rowNumber: 2,
      cells: ['C-1', 'Zoë Ünal', 'zoe@example.com', '+44 20 7946 0958', 'yes'],
    });
    expect(inspected.suggestions.customers).toEqual({
      externalRef: { column: 'Customer ID' },
      firstName: { column: 'Name', transforms: ['firstWord'] },
      lastName: { column: 'Name', transforms: ['afterFirstWord'] },
      email: { column: 'E-mail' },
      phone: { column: 'Telephone' },
      marketingConsent: { column: 'Newsletter' },
    });
    // Another person's upload is not there for this caller.
    expect(await w.t.call('imports.inspect', { fileId }, w.admin)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a file that is not a table', async () => {
    const fileId = await w.upload(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]), 'photo.csv');
    expect(await w.t.call('imports.inspect', { fileId }, w.manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('previews rows as they will be stored, with their problems, and imports them', async () => {
    const fileId = await w.upload(CUSTOMERS_CSV);
    const { suggestions } = await w.t.ok('imports.inspect', { fileId }, w.manager);
    const profile: ImportProfile = { version: 1, kind: 'customers', fields: suggestions.customers };
    const preview = await w.t.ok('imports.preview', { fileId, profile }, w.manager);
    expect(preview.rows).toEqual([
      {
        rowNumber: 2,
        values: {
          externalRef: 'C-1',
          firstName: 'Zoë',
          lastName: 'Ünal',
          email: 'zoe@example.com',
          phone: '+44 20 7946 0958',
          marketingConsent: true,
        },
        problems: [],
      },
      {
        rowNumber: 3,
        values: {
          externalRef: 'C-2',
          firstName: 'Jean-Luc',
          lastName: 'Picard',
          email: 'jl@example.com',
          phone: null,
          marketingConsent: false,
        },
        problems: [],
      },
      {
        rowNumber: 4,
        values: {},
        problems: [
          { rowNumber: 4, column: 'E-mail', value: 'not an email', reason: 'Email is not an email address' },
          { rowNumber: 4, column: 'Newsletter', value: 'maybe', reason: 'Marketing consent is not yes or no' },
        ],
      },
    ]);

    const { jobId, rejectsFileId } = await w.t.ok('imports.start', { fileId, profile, atomic: false }, w.manager);
    const job = await w.t.endedJob(jobId, w.manager);
    expect(job).toMatchObject({ status: 'succeeded', kind: 'import' });
    expect(job.result).toMatchObject({ rows: 3, inserted: 2, rejected: 1, rejectsFileId });
    expect(
      w.rows('SELECT first_name, last_name, phone, marketing_consent, home_store_id FROM customers ORDER BY id'),
    ).toEqual([
      { first_name: 'Zoë', last_name: 'Ünal', phone: '+442079460958', marketing_consent: 1, home_store_id: 1 },
      { first_name: 'Jean-Luc', last_name: 'Picard', phone: null, marketing_consent: 0, home_store_id: 1 },
    ]);
    const rejects = await w.download(rejectsFileId);
    expect(rejects).toContain(
      'C-3,Bad Mail,not an email,,maybe,4,E-mail; Newsletter,not an email; maybe,Email is not an email address; Marketing consent is not yes or no',
    );
  });

  it('imports suppliers and upserts them by reference', async () => {
    const profile: ImportProfile = {
      version: 1,
      kind: 'suppliers',
      fields: {
        externalRef: { column: 'ID' },
        name: { column: 'Company' },
        leadTimeDays: { column: 'Days' },
        notes: { column: 'Notes' },
      },
    };
    const first = await w.importFile({
      text: 'ID,Company,Days,Notes\n7,Ma Maison,3,"Rue 1\nParis"\n8,Tokyo Traders,,\n',
      profile,
    });
    expect(first.result).toMatchObject({ inserted: 2, rejected: 0 });
    const second = await w.importFile({
      text: 'ID,Company,Days\n7,Ma Maison SA,400\n8,Tokyo Traders Ltd,10\n',
      profile: {
        ...profile,
        fields: { externalRef: { column: 'ID' }, name: { column: 'Company' }, leadTimeDays: { column: 'Days' } },
      },
      mode: 'upsert',
      naturalKey: 'externalRef',
      atomic: false,
    });
    expect(second.result).toMatchObject({ updated: 1, rejected: 1 });
    expect(second.result!.problems[0]).toMatchObject({
      rowNumber: 2,
      column: 'Days',
      value: '400',
      reason: 'Lead time (days) must be at most 365',
    });
    expect(w.rows('SELECT external_ref, name, lead_time_days, notes FROM suppliers ORDER BY external_ref')).toEqual([
      { external_ref: '7', name: 'Ma Maison', lead_time_days: 3, notes: 'Rue 1\nParis' },
      { external_ref: '8', name: 'Tokyo Traders Ltd', lead_time_days: 10, notes: null },
    ]);
  });

  it('imports from an Excel workbook, typed cells included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Products');
    sheet.addRow(['SKU', 'Name', 'Price', 'Tax']);
    sheet.addRow(['XL-1', 'Crème brûlée', 4.5, 0.055]);
    sheet.addRow(['XL-2', 'Łódź pierogi', '€3,20', '5,5 %']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const fileId = await w.upload(bytes, 'catalog.xlsx');
    const inspected = await w.t.ok('imports.inspect', { fileId }, w.manager);
    expect(inspected).toMatchObject({ format: 'xlsx', header: ['SKU', 'Name', 'Price', 'Tax'] });
    const profile: ImportProfile = {
      version: 1,
      kind: 'products',
      locale: { dateOrder: 'dmy', decimal: ',' },
      fields: { ...inspected.suggestions.products, taxRate: { column: 'Tax' } },
    };
    const preview = await w.t.ok('imports.preview', { fileId, profile }, w.manager);
    expect(preview.rows.map((row) => row.problems)).toEqual([[], []]);
    const { jobId } = await w.t.ok('imports.start', { fileId, profile }, w.manager);
    expect((await w.t.endedJob(jobId, w.manager)).status).toBe('succeeded');
    expect(
      w.rows(`SELECT sku, name, price_cents, tax_rate_bp FROM products WHERE sku LIKE 'XL-%' ORDER BY sku`),
    ).toEqual([
      { sku: 'XL-1', name: 'Crème brûlée', price_cents: 450, tax_rate_bp: 550 },
      { sku: 'XL-2', name: 'Łódź pierogi', price_cents: 320, tax_rate_bp: 550 },
    ]);
  });

  it('saves, lists, renames and deletes mapping profiles', async () => {
    const profile: ImportProfile = { version: 1, kind: 'suppliers', fields: { name: { column: 'Company' } } };
    const saved = await w.t.ok('imports.profiles.save', { name: 'Weekly suppliers', profile }, w.manager);
    expect(saved).toMatchObject({
      name: 'Weekly suppliers',
      kind: 'suppliers',
      profile: { ...profile, name: 'Weekly suppliers' },
    });
    expect(await w.t.call('imports.profiles.save', { name: 'WEEKLY SUPPLIERS', profile }, w.manager)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const renamed = await w.t.ok('imports.profiles.save', { id: saved.id, name: 'Suppliers', profile }, w.manager);
    expect(renamed.id).toBe(saved.id);
    expect((await w.t.ok('imports.profiles.list', {}, w.manager)).items.map((item) => item.name)).toEqual([
      'Suppliers',
    ]);
    await w.t.ok('imports.profiles.delete', { id: saved.id }, w.manager);
    expect((await w.t.ok('imports.profiles.list', {}, w.manager)).items).toEqual([]);
    expect(await w.t.call('imports.profiles.delete', { id: saved.id }, w.manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await w.t.call(
        'imports.profiles.save',
        { name: 'x', profile: { ...profile, fields: { name: { column: 'C', transforms: ['explode'] } } } },
        w.manager,
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
