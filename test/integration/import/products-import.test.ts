import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProfile } from '../../../shared/import/profile';
import { openImportWorld, type ImportWorld } from './import-fixture';

const PROFILE: ImportProfile = {
  version: 1,
  kind: 'products',
  fields: {
    sku: { column: 'Code' },
    name: { column: 'Product Name' },
    price: { column: 'Price' },
    cost: { column: 'Cost' },
    category: { column: 'Category' },
    brand: { column: 'Brand' },
    supplier: { column: 'Supplier' },
    taxRate: { column: 'VAT' },
    reorderPoint: { column: 'Reorder' },
  },
};

/** Only the fields a product must have, under the same headings. */
const NAME_AND_PRICE: ImportProfile = {
  version: 1,
  kind: 'products',
  fields: { sku: { column: 'Code' }, name: { column: 'Product Name' }, price: { column: 'Price' } },
};

const HEADER = 'Code,Product Name,Price,Cost,Category,Brand,Supplier,VAT,Reorder';
const ALLOW_ALL = { categories: true, brands: true, suppliers: true };

describe('importing products through imports.start', () => {
  let w: ImportWorld;

  beforeAll(async () => {
    w = await openImportWorld();
  }, 60_000);
  afterAll(() => w?.dispose());

  const product = (sku: string) =>
    w.rows<Record<string, unknown>>(
      `SELECT p.sku, p.name, p.price_cents, p.cost_cents, p.tax_rate_bp, p.reorder_point, p.version,
              c.name AS category, b.name AS brand
       FROM products p LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN brands b ON b.id = p.brand_id
       WHERE p.sku = ?`,
      sku,
    )[0];

  it('inserts products, creating categories by path, brands and suppliers when allowed', async () => {
    const outboxBefore = w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM sync_outbox')[0]!.n;
    const { job, result } = await w.importFile({
      text: [
        HEADER,
        'TEA-1,Green tea,"€1,234.50",$2.10,Drinks > Tea,Leafy,Tea Traders,20%,5',
        'TEA-2,Black tea,3.99,1.50,Drinks > Tea,Leafy,Tea Traders,0.2,',
        'BIS-1,Shortbread,2,1,Bakery,,,,',
      ].join('\n'),
      profile: PROFILE,
      allowNew: ALLOW_ALL,
    });
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(result).toMatchObject({ rows: 3, inserted: 3, updated: 0, skipped: 0, rejected: 0 });
    expect(result!.rejectsFileId).toBeUndefined();
    expect(product('TEA-1')).toMatchObject({
      name: 'Green tea',
      price_cents: 123_450,
      cost_cents: 210,
      tax_rate_bp: 2000,
      reorder_point: 5,
      category: 'Tea',
      brand: 'Leafy',
    });
    expect(product('TEA-2')).toMatchObject({ tax_rate_bp: 2000, reorder_point: 0 });
    const tea = w.rows<{ parent: string }>(
      `SELECT parent.name AS parent FROM categories c JOIN categories parent ON parent.id = c.parent_id WHERE c.name = 'Tea'`,
    );
    expect(tea).toEqual([{ parent: 'Drinks' }]);
    expect(w.rows('SELECT supplier_id FROM product_suppliers')).toHaveLength(2);
    // The search index and the sync outbox follow by trigger.
    const found = await w.t.ok('products.list', { search: 'shortb' }, w.manager);
    expect(found.items.map((item) => item.sku)).toEqual(['BIS-1']);
    expect(w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM sync_outbox')[0]!.n).toBeGreaterThan(outboxBefore);
  });

  it("refuses unknown references when new ones are not allowed, naming the file's column", async () => {
    const profile: ImportProfile = {
      ...NAME_AND_PRICE,
      fields: {
        ...NAME_AND_PRICE.fields,
        category: { column: 'Department' },
        brand: { column: 'Make' },
        supplier: { column: 'Vendor' },
      },
    };
    const { job, result } = await w.importFile({
      text: [
        'Code,Product Name,Price,Department,Make,Vendor',
        'NEW-1,Cocoa,3,Drinks > Cocoa,Leafy,Tea Traders',
        'NEW-2,Rooibos,3,Tea,Redbush,Tea Traders',
        'NEW-3,Chai,3,Tea,Leafy,Spice Route',
        'NEW-4,Mint tea,3,Drinks > Tea,Leafy,Tea Traders',
      ].join('\n'),
      profile,
      atomic: false,
    });
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(result).toMatchObject({ inserted: 1, rejected: 3 });
    expect(result!.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Department',
        value: 'Drinks > Cocoa',
        reason: 'Category "Drinks > Cocoa" does not exist (allow new categories to create it)',
      },
      {
        rowNumber: 3,
        column: 'Make',
        value: 'Redbush',
        reason: 'Brand "Redbush" does not exist (allow new brands to create it)',
      },
      {
        rowNumber: 4,
        column: 'Vendor',
        value: 'Spice Route',
        reason: 'Supplier "Spice Route" does not exist (allow new suppliers to create it)',
      },
    ]);
    expect(product('NEW-4')).toMatchObject({ category: 'Tea', brand: 'Leafy' });
    expect(w.rows(`SELECT 1 FROM categories WHERE name = 'Cocoa'`)).toEqual([]);
    expect(w.rows(`SELECT 1 FROM brands WHERE name = 'Redbush'`)).toEqual([]);
    expect(w.rows(`SELECT 1 FROM suppliers WHERE name = 'Spice Route'`)).toEqual([]);
  });

  it('upserts by SKU changing only the mapped fields, with the price history naming the importer', async () => {
    const { result } = await w.importFile({
      text: ['Code,Product Name,Price', 'TEA-1,Green tea (loose),12.00', 'TEA-9,Oolong,8'].join('\n'),
      profile: NAME_AND_PRICE,
      mode: 'upsert',
    });
    expect(result).toMatchObject({ inserted: 1, updated: 1, rejected: 0 });
    expect(product('TEA-1')).toMatchObject({
      name: 'Green tea (loose)',
      price_cents: 1200,
      cost_cents: 210,
      brand: 'Leafy',
      version: 2,
    });
    const history = w.rows<{ old_cents: number; new_cents: number; staff: string }>(
      `SELECT pc.old_cents, pc.new_cents, sm.username AS staff FROM price_changes pc
       JOIN products p ON p.id = pc.product_id JOIN staff_members sm ON sm.id = pc.staff_id WHERE p.sku = 'TEA-1'`,
    );
    expect(history).toEqual([{ old_cents: 123_450, new_cents: 1200, staff: 'mona' }]);
  });

  it('skips products that exist in skip mode, and refuses them in insert mode', async () => {
    const text = ['Code,Product Name,Price', 'TEA-2,Changed,1', 'JAM-1,Jam,4'].join('\n');
    const profile = NAME_AND_PRICE;
    const skipped = await w.importFile({ text, profile, mode: 'skip' });
    expect(skipped.result).toMatchObject({ inserted: 1, skipped: 1, rejected: 0 });
    expect(product('TEA-2')).toMatchObject({ name: 'Black tea' });

    const refused = await w.importFile({
      text: `${text.replace('JAM-1', 'JAM-2')}\nJAM-2,Jam again,5`,
      profile,
      mode: 'insert',
      atomic: false,
    });
    expect(refused.result).toMatchObject({ inserted: 1, rejected: 2 });
    // Both name the SKU's column, in the catalog as within the file.
    expect(refused.result!.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Code',
        value: 'TEA-2',
        reason: 'SKU is already in the catalog (this import adds new products only)',
      },
      {
        rowNumber: 4,
        column: 'Code',
        value: 'JAM-2',
        reason: 'SKU is already on row 3 of the file; each may appear only once',
      },
    ]);
  });

  it('all or nothing: a file with problems imports nothing and says where, with the rejected rows to download', async () => {
    const before = w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM products')[0]!.n;
    const { job, rejectsFileId } = await w.importFile({
      text: [
        'Code,Product Name,Price',
        'OK-1,Fine,1',
        'BAD-1,Bad price,abc',
        'OK-1,Twice,2',
        'NEG-1,Negative,-3',
        `SQL-1,"Robert'); DROP TABLE products;--",1`,
        `LONG-1,${'x'.repeat(10_000)},1`,
        ',No code,1',
      ].join('\n'),
      profile: NAME_AND_PRICE,
      atomic: true,
    });
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/5 of 7 rows have problems, so nothing was imported/);
    expect(w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM products')[0]!.n).toBe(before);

    const rejects = await w.download(rejectsFileId);
    expect(rejects.startsWith('\uFEFFCode,Product Name,Price,row,column,value,reason\r\n')).toBe(true);
    const lines = rejects.trim().split('\r\n').slice(1);
    expect(lines).toEqual([
      'BAD-1,Bad price,abc,3,Price,abc,Price is not an amount of money',
      'OK-1,Twice,2,4,Code,OK-1,SKU is already on row 2 of the file; each may appear only once',
      'NEG-1,Negative,-3,5,Price,-3,Price must not be negative',
      expect.stringMatching(/^LONG-1,x{10000},1,7,Product Name,x{200}…,Name is longer than 200 characters$/),
      ',No code,1,8,Code,,SKU is required',
    ]);
  });

  it('valid rows: imports the good rows, stores SQL-looking text verbatim, rejects the rest', async () => {
    const { job, result } = await w.importFile({
      text: ['Code,Product Name,Price', `SQL-1,"Robert'); DROP TABLE products;--",1`, 'BAD-2,Bad,1.2.3'].join('\n'),
      profile: NAME_AND_PRICE,
      atomic: false,
    });
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(result).toMatchObject({ rows: 2, inserted: 1, rejected: 1, problemCount: 1 });
    expect(product('SQL-1')).toMatchObject({ name: "Robert'); DROP TABLE products;--" });
    expect(result!.rejectsFileId).toEqual(expect.any(String));
  });

  it('refuses a price finer than the cent in the preview and the import alike, instead of rounding it', async () => {
    const text = ['Code,Product Name,Price', 'FINE-1,Fine,12.35', 'SUB-1,Ambiguous,12.345', 'SUB-2,Sub-cent,0.1250'];
    const fileId = await w.upload(text.join('\n'));
    const expected = [
      {
        rowNumber: 3,
        column: 'Price',
        value: '12.345',
        reason: 'Price has more than two decimals; write 12.35 or 12345',
      },
      { rowNumber: 4, column: 'Price', value: '0.1250', reason: 'Price has more than two decimals; write 0.13' },
    ];
    const preview = await w.t.ok('imports.preview', { fileId, profile: NAME_AND_PRICE }, w.manager);
    expect(preview.rows.flatMap((row) => row.problems)).toEqual(expected);

    const { jobId } = await w.t.ok('imports.start', { fileId, profile: NAME_AND_PRICE, atomic: false }, w.manager);
    const job = await w.t.endedJob(jobId, w.manager);
    expect(job.result).toMatchObject({ rows: 3, inserted: 1, rejected: 2, problems: expected });
    expect(product('FINE-1')).toMatchObject({ price_cents: 1235 });
    expect(w.rows(`SELECT sku FROM products WHERE sku LIKE 'SUB-%'`)).toEqual([]);
  });

  it('refuses a barcode whose check digit is wrong, naming its column and the right digit', async () => {
    const profile: ImportProfile = {
      ...NAME_AND_PRICE,
      fields: { ...NAME_AND_PRICE.fields, barcode: { column: 'EAN' } },
    };
    const { result } = await w.importFile({
      text: ['Code,Product Name,Price,EAN', 'EAN-1,Scanned,1,4006381333931', 'EAN-2,Misread,1,4006381333932'].join(
        '\n',
      ),
      profile,
      atomic: false,
    });
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(result!.problems).toEqual([
      {
        rowNumber: 3,
        column: 'EAN',
        value: '4006381333932',
        reason: 'Barcode has a wrong check digit (expected 1)',
      },
    ]);
    expect(w.rows(`SELECT sku, barcode FROM products WHERE sku LIKE 'EAN-%'`)).toEqual([
      { sku: 'EAN-1', barcode: '4006381333931' },
    ]);
  });

  it('refuses a row with more fields than the header instead of reading its values under the wrong columns', async () => {
    const text = [
      'Code,Product Name,Price,Reorder',
      // Unquoted, the thousands comma splits the price: 1.00 would be the price and 234 the reorder point.
      'SPLIT-1,Grand piano,1,234,4',
      'SPLIT-2,Upright piano,"1,234",4',
      // A trailing delimiter adds only an empty field.
      'SPLIT-3,Stool,25.00,2,',
    ].join('\n');
    const profile: ImportProfile = {
      ...NAME_AND_PRICE,
      fields: { ...NAME_AND_PRICE.fields, reorderPoint: { column: 'Reorder' } },
    };

    const fileId = await w.upload(text);
    const preview = await w.t.ok('imports.preview', { fileId, profile }, w.manager);
    expect(preview.rows.map((row) => row.problems.map((problem) => problem.reason))).toEqual([
      [expect.stringMatching(/^This row has 5 fields but the header names 4 columns/)],
      [],
      [],
    ]);

    const { job, result } = await w.importFile({ text, profile, atomic: false });
    expect(job.status).toBe('succeeded');
    expect(result).toMatchObject({ rows: 3, inserted: 2, rejected: 1 });
    expect(result!.problems).toEqual([
      expect.objectContaining({ rowNumber: 2, column: null, reason: expect.stringContaining('must be in quotes') }),
    ]);
    expect(product('SPLIT-1')).toBeUndefined();
    expect(product('SPLIT-2')).toMatchObject({ price_cents: 123_400, reorder_point: 4 });
    expect(product('SPLIT-3')).toMatchObject({ price_cents: 2_500, reorder_point: 2 });
  });

  it('a dry run reports what would happen and leaves nothing', async () => {
    const tables = [
      'products',
      'categories',
      'brands',
      'suppliers',
      'product_suppliers',
      'price_changes',
      'sync_outbox',
    ];
    const count = () => tables.map((table) => w.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]!.n);
    const before = count();
    const { job, result } = await w.importFile({
      text: [HEADER, 'DRY-1,Dry,1,1,Cellar > Dry,Newbrand,Newsupplier,,', 'TEA-1,Green tea,99,1,,,,,'].join('\n'),
      profile: PROFILE,
      mode: 'upsert',
      allowNew: ALLOW_ALL,
      dryRun: true,
    });
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(result).toMatchObject({ dryRun: true, inserted: 1, updated: 1, rejected: 0 });
    expect(count()).toEqual(before);
    expect(product('TEA-1')).toMatchObject({ price_cents: 1200 });
  });

  it('refuses at once a mapping the file cannot fill, a key that is not mapped, and a clerk', async () => {
    const fileId = await w.upload('Code,Price\nX-1,1');
    const start = (profile: ImportProfile, extra: object = {}) =>
      w.t.call('imports.start', { fileId, profile, ...extra }, w.manager);
    const jobsBefore = w.rows('SELECT id FROM jobs').length;

    const missing = await start({
      version: 1,
      kind: 'products',
      fields: { sku: { column: 'Code' }, price: { column: 'Price' } },
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: ['name'] } } });
    expect(!missing.ok && missing.error.message).toMatch(/Map a column or a constant to Name/);

    const absent = await start({
      ...PROFILE,
      fields: { sku: { column: 'Code' }, name: { column: 'Title' }, price: { column: 'Price' } },
    });
    expect(absent).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'The file has no column "Title".' },
    });

    const unknownField = await start({ ...PROFILE, fields: { ...PROFILE.fields, colour: { column: 'Code' } } });
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const key = await start(
      {
        version: 1,
        kind: 'products',
        fields: { sku: { column: 'Code' }, name: { constant: 'X' }, price: { column: 'Price' } },
      },
      { mode: 'upsert', naturalKey: 'barcode' },
    );
    expect(key).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Map a column to "barcode" to match records by it.' },
    });
    expect(w.rows('SELECT id FROM jobs')).toHaveLength(jobsBefore);

    const clerkFile = await w.upload('Code,Product Name,Price\nX-1,Y,1', 'data.csv', w.clerk);
    expect(await w.t.call('imports.start', { fileId: clerkFile, profile: PROFILE }, w.clerk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a cancel part-way leaves nothing', async () => {
    const before = w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM products')[0]!.n;
    const lines = ['Code,Product Name,Price'];
    for (let index = 0; index < 100_000; index += 1) lines.push(`C-${index},Cancelled ${index},1.00`);
    const fileId = await w.upload(lines.join('\n'));
    const { jobId } = await w.t.ok(
      'imports.start',
      {
        fileId,
        profile: NAME_AND_PRICE,
      },
      w.manager,
    );
    await new Promise<void>((resolve) => {
      const stop = w.t.backroom.events.subscribe((event) => {
        const payload = event.payload as { jobId?: number; done?: number };
        if (event.name === 'job.progress' && payload.jobId === jobId && (payload.done ?? 0) > 0) {
          stop();
          resolve();
        }
      });
    });
    await w.t.ok('jobs.cancel', { id: jobId }, w.manager);
    expect((await w.t.endedJob(jobId, w.manager)).status).toBe('cancelled');
    expect(w.rows<{ n: number }>('SELECT COUNT(*) AS n FROM products')[0]!.n).toBe(before);
  });
});
