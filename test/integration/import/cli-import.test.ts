import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backroom } from '../../helpers/cli';
import type { ImportProfile } from '../../../shared/import/profile';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

const CUSTOMERS: ImportProfile = {
  version: 1,
  kind: 'customers',
  fields: {
    externalRef: { column: 'CustomerID' },
    firstName: { column: 'ContactName', transforms: ['firstWord'] },
    lastName: { column: 'ContactName', transforms: ['afterFirstWord'] },
    email: { column: 'Email' },
    phone: { column: 'Phone' },
    notes: { column: 'Address' },
    marketingConsent: { constant: 'no' },
  },
};

describe('npm run backroom -- import', () => {
  let t: TestBackroom;
  let admin: string;
  let folder: string;
  let customersMapping: string;
  const file = (name: string, content: string) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const query = <T>(text: string, ...params: unknown[]) => t.backroom.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await openTestBackroom();
    admin = (await setUpStore(t)).token;
    folder = mkdtempSync(join(tmpdir(), 'backroom-import-cli-'));
    customersMapping = file('customers.json', JSON.stringify(CUSTOMERS));
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports customers with accented names and line breaks, which come back as they were', async () => {
    const csv = file(
      'customers.csv',
      '\uFEFFCustomerID,ContactName,Email,Phone,Address\r\n' +
        'ALFKI,Maria Anders,maria@example.com,030-0074321,"Obere Str. 57\r\n12209 Berlin"\r\n' +
        'BOLID,Martín Sommer,martin@example.es,(91) 555 22 82,"C/ Araquil, 67\nMadrid"\r\n' +
        'FOLKO,Maria Larsson,,0695-34 67 21,Åkergatan 24\r\n',
    );
    const { code, out, err } = await backroom(
      'import',
      'customers',
      csv,
      '--mapping',
      customersMapping,
      '--db',
      t.path,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('3 rows, 3 inserted, 0 updated, 0 skipped, 0 rejected');
    const rows = await query<Record<string, unknown>>(
      'SELECT external_ref, first_name, last_name, email, phone, notes FROM customers ORDER BY external_ref',
    );
    expect(rows).toEqual([
      {
        external_ref: 'ALFKI',
        first_name: 'Maria',
        last_name: 'Anders',
        email: 'maria@example.com',
        phone: '0300074321',
        notes: 'Obere Str. 57\r\n12209 Berlin',
      },
      {
        external_ref: 'BOLID',
        first_name: 'Martín',
        last_name: 'Sommer',
        email: 'martin@example.es',
        phone: '915552282',
        notes: 'C/ Araquil, 67\nMadrid',
      },
      {
        external_ref: 'FOLKO',
        first_name: 'Maria',
        last_name: 'Larsson',
        email: null,
        phone: '0695346721',
        notes: 'Åkergatan 24',
      },
    ]);
    // The customer search index follows by trigger.
    const found = await t.ok('customers.search', { query: 'Martín' }, admin);
    expect(JSON.stringify(found)).toContain('Sommer');
  });

  it('upserts by reference, skips, and refuses a contact that belongs to someone else', async () => {
    const csv = file(
      'update.csv',
      'CustomerID,ContactName,Email,Phone,Address\n' +
        'ALFKI,Maria Anders-Berg,maria@example.com,030-0074321,Neue Str. 1\n' +
        'NEWCO,Ana Trujillo,martin@example.es,,\n',
    );
    const rejects = join(folder, 'rejected.csv');
    const upsert = await backroom(
      'import',
      'customers',
      csv,
      '--mapping',
      customersMapping,
      '--mode',
      'upsert',
      '--key',
      'externalRef',
      '--valid-rows',
      '--rejects',
      rejects,
      '--db',
      t.path,
    );
    expect(upsert.code).toBe(1);
    expect(upsert.out).toContain('2 rows, 0 inserted, 1 updated, 0 skipped, 1 rejected');
    expect(upsert.err).toContain('row 3, Email "martin@example.es": Email belongs to another customer already');
    expect(readFileSync(rejects, 'utf8')).toBe(
      '\uFEFFCustomerID,ContactName,Email,Phone,Address,row,column,value,reason\r\n' +
        'NEWCO,Ana Trujillo,martin@example.es,,,3,Email,martin@example.es,Email belongs to another customer already\r\n',
    );
    expect(await query('SELECT last_name, notes FROM customers WHERE external_ref = ?', ['ALFKI'])).toEqual([
      { last_name: 'Anders-Berg', notes: 'Neue Str. 1' },
    ]);

    const skip = await backroom(
      'import',
      'customers',
      csv,
      '--mapping',
      customersMapping,
      '--mode',
      'skip',
      '--valid-rows',
      '--db',
      t.path,
    );
    expect(skip.out).toContain('1 skipped, 1 rejected');
  });

  it('imports suppliers and products with new categories, and a dry run saves nothing', async () => {
    const suppliers = file(
      'suppliers.json',
      JSON.stringify({
        version: 1,
        kind: 'suppliers',
        fields: {
          externalRef: { column: 'SupplierID' },
          name: { column: 'CompanyName' },
          contactName: { column: 'ContactName' },
        },
      }),
    );
    const supplierCsv = file(
      'suppliers.csv',
      'SupplierID,CompanyName,ContactName\n1,Exotic Liquids,Charlotte Cooper\n2,"Pavlova, Ltd.",Ian Devling\n',
    );
    expect((await backroom('import', 'suppliers', supplierCsv, '--mapping', suppliers, '--db', t.path)).code).toBe(0);

    const products = file(
      'products.json',
      JSON.stringify({
        version: 1,
        kind: 'products',
        locale: { dateOrder: 'dmy', decimal: ',' },
        fields: {
          sku: { column: 'ProductID', transforms: ['prefix:NW-'] },
          name: { column: 'ProductName' },
          price: { column: 'UnitPrice' },
          category: { lookup: { table: 'categories', column: 'CategoryName' } },
          supplier: { column: 'Supplier' },
        },
        lookups: { categories: { key: 'CategoryID', from: 'CategoryID' } },
      }),
    );
    const productCsv = file(
      'products.csv',
      'ProductID;ProductName;UnitPrice;CategoryID;Supplier\n1;Chai;18,00;1;Exotic Liquids\n2;Pavlova;17,45;2;Pavlova, Ltd.\n',
    );
    const categoryCsv = file('categories.csv', 'CategoryID,CategoryName\n1,Beverages\n2,Confections\n');
    const before = await query<{ n: number }>('SELECT COUNT(*) AS n FROM products');
    const importProducts = (...options: string[]) =>
      backroom(
        'import',
        'products',
        productCsv,
        '--mapping',
        products,
        '--with',
        `categories=${categoryCsv}`,
        '--allow-new',
        'categories',
        ...options,
        '--db',
        t.path,
      );
    const dry = await importProducts('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Checked (dry run, nothing saved)');
    expect(dry.out).toContain('2 rows, 2 inserted');
    expect(await query('SELECT COUNT(*) AS n FROM products')).toEqual(before);
    expect(await query(`SELECT 1 FROM categories WHERE name = 'Beverages'`)).toEqual([]);

    const real = await importProducts();
    expect(real.code).toBe(0);
    expect(
      await query(
        `SELECT p.sku, p.price_cents, c.name AS category, s.name AS supplier FROM products p
         JOIN categories c ON c.id = p.category_id
         JOIN product_suppliers ps ON ps.product_id = p.id JOIN suppliers s ON s.id = ps.supplier_id ORDER BY p.sku`,
      ),
    ).toEqual([
      { sku: 'NW-1', price_cents: 1800, category: 'Beverages', supplier: 'Exotic Liquids' },
      { sku: 'NW-2', price_cents: 1745, category: 'Confections', supplier: 'Pavlova, Ltd.' },
    ]);
  });

  it('all or nothing by default: exit 1, problems printed, nothing saved', async () => {
    const csv = file(
      'bad.csv',
      'CustomerID,ContactName,Email,Phone,Address\nGOOD1,Good Person,,,\nBAD1,Bad Person,not-an-email,,\nBAD2,,,,\n',
    );
    const before = await query('SELECT COUNT(*) AS n FROM customers');
    const { code, err } = await backroom('import', 'customers', csv, '--mapping', customersMapping, '--db', t.path);
    expect(code).toBe(1);
    expect(err).toContain('2 of 3 rows have problems, so nothing was imported');
    expect(err).toContain('row 3, Email "not-an-email": Email is not an email address');
    expect(err).toContain('row 4, ContactName "": First name is required');
    expect(await query('SELECT COUNT(*) AS n FROM customers')).toEqual(before);
  });

  it('exits with 2 on a wrong command line', async () => {
    const csv = file('x.csv', 'a\n1\n');
    expect((await backroom('import', 'widgets', csv, '--mapping', customersMapping, '--db', t.path)).code).toBe(2);
    expect((await backroom('import', 'customers', csv, '--db', t.path)).code).toBe(2);
    expect((await backroom('import', 'suppliers', csv, '--mapping', customersMapping, '--db', t.path)).err).toContain(
      'The mapping profile is for customers, not suppliers.',
    );
    expect(
      (await backroom('import', 'customers', csv, '--mapping', customersMapping, '--mode', 'merge', '--db', t.path))
        .code,
    ).toBe(2);
    const missing = await backroom('import', 'customers', csv, '--mapping', customersMapping, '--db', t.path);
    expect(missing).toMatchObject({ code: 1, err: 'backroom import: The file has no column "CustomerID".\n' });
  });
});
