import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { CustomersPage } from './pages/customers-page';
import { allRows, downloadAfter, exportFrom, parseCsv } from './pages/export-downloads';
import { InventoryPage } from './pages/inventory-page';
import { openClerkPage } from './pages/clerk-page';

interface ProductRow {
  sku: string;
  name: string;
}

interface CustomerRow {
  firstName: string;
  lastName: string;
}

interface ManifestTable {
  name: string;
  rows: number;
  file: string;
  sha256: string;
  columns: string[];
}

/**
 * Exports as a person makes them, in a real browser against browser mode with the demo data: a
 * filtered list to CSV and another to Excel, each holding exactly the rows its filters match (every
 * page, not only those on screen), a clerk's export, and the admin's zip of the whole database.
 */
describe('exports, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: true });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
  });

  it('exports the filtered product list to CSV: every matching product, in the order shown', async () => {
    const { word, catalogSize } = await searchWordMatchingMany(page);
    const inventory = new InventoryPage(page);
    await inventory.open();
    await inventory.searchFor(word);
    // The address follows the settled search: from then on the list (and its export) use it.
    await page.waitForURL(new RegExp(`[?&]q=${word}`));
    await inventory.rows.first().waitFor();

    const file = await exportFrom(page, page.locator('body'), 'CSV');
    await page.getByText('Export ready').waitFor();

    const expected = await allRows<ProductRow>(page, 'products.list', {
      search: word,
      sort: 'relevance',
      direction: 'asc',
      includeArchived: false,
    });
    expect(expected.length).toBeGreaterThan(100); // more than the first page the screen loads
    expect(expected.length).toBeLessThan(catalogSize); // and fewer than the whole catalog
    const [header, ...records] = parseCsv(file.bytes.toString('utf8'));
    expect(file.name).toMatch(/\.csv$/);
    expect(header?.slice(0, 3)).toEqual(['SKU', 'Barcode', 'Name']);
    expect(records.map((record) => record[0])).toEqual(expected.map((product) => product.sku));
    expect(records.map((record) => record[2])).toEqual(expected.map((product) => product.name));
  });

  it('exports the searched customer list to a valid Excel workbook with the matching rows', async () => {
    const first = (await callChannel<{ items: CustomerRow[] }>(page, 'customers.list', { limit: 20 })).items[10]!;
    const search = first.lastName;
    const expected = await allRows<CustomerRow>(page, 'customers.list', {
      search,
      sort: 'name',
      includeArchived: false,
    });
    expect(expected.length).toBeGreaterThan(0);

    const customers = new CustomersPage(page);
    await customers.open();
    await customers.search(search);
    const shown = expected.length > 50 ? /loaded · scroll for more/ : new RegExp(`^${expected.length} customers$`);
    await expect.poll(() => page.getByTestId('customer-count').textContent()).toMatch(shown);

    const file = await exportFrom(page, page.locator('body'), 'Excel (.xlsx)');
    expect(file.name).toMatch(/\.xlsx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const names: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) names.push(`${String(row.getCell(1).value)} ${String(row.getCell(2).value)}`);
    });
    expect(sheet.getRow(1).getCell(1).value).toBe('First name');
    expect(names).toHaveLength(expected.length);
    expect(names).toEqual(expected.map((customer) => `${customer.firstName} ${customer.lastName}`));
  });

  it("exports the whole database as a zip of CSV files whose manifest counts every table's rows", async () => {
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    const section = page.getByRole('region', { name: 'Export database' });
    await section.getByText('manifest.json').waitFor();
    const file = await downloadAfter(page, section.getByRole('button', { name: 'Export database' }));
    await section.getByText(/^Saved .*rows in all\.$/).waitFor();

    expect(file.name).toMatch(/\.zip$/);
    const entries = unzipSync(new Uint8Array(file.bytes));
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { tables: ManifestTable[] };
    const tables = new Map(manifest.tables.map((table) => [table.name, table]));
    expect(manifest.tables.length).toBeGreaterThan(10);
    for (const table of manifest.tables) {
      const bytes = entries[table.file];
      expect(bytes, table.file).toBeDefined();
      expect(createHash('sha256').update(bytes!).digest('hex')).toBe(table.sha256);
      expect(parseCsv(strFromU8(bytes!)).length - 1, table.name).toBe(table.rows);
    }
    const products = await allRows(page, 'products.list', { includeArchived: true });
    expect(tables.get('products')?.rows).toBe(products.length);
    const stores = await callChannel<unknown[]>(page, 'stores.list', {});
    expect(tables.get('stores')?.rows).toBe(stores.length);
    expect(tables.get('staff_members')?.columns).toContain('username');
    expect(tables.get('staff_members')?.columns).not.toContain('password_hash');
  });

  it('lets a clerk export the product list too', async () => {
    const clerkPage = await openClerkPage(store);
    try {
      const inventory = new InventoryPage(clerkPage);
      await inventory.open();
      await inventory.rows.first().waitFor();
      await expect(clerkPage.getByRole('button', { name: 'New product' }).count()).resolves.toBe(0);

      const file = await exportFrom(clerkPage, clerkPage.locator('body'), 'CSV');
      const expected = await allRows<ProductRow>(clerkPage, 'products.list', {
        sort: 'name',
        direction: 'asc',
        includeArchived: false,
      });
      const [, ...records] = parseCsv(file.bytes.toString('utf8'));
      expect(records.map((record) => record[0])).toEqual(expected.map((product) => product.sku));
    } finally {
      await clerkPage.context().close();
    }
  });
});

/**
 * A word of the demo catalog's product names that more than a page of products share (the screen
 * loads 100 at a time), so the export has to read past what is on screen.
 */
async function searchWordMatchingMany(page: Page): Promise<{ word: string; catalogSize: number }> {
  const products = await allRows<ProductRow>(page, 'products.list', {});
  const counts = new Map<string, number>();
  for (const product of products) {
    for (const word of new Set(product.name.toLowerCase().split(/[^a-z]+/))) {
      if (word.length >= 4) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const [word] = [...counts].filter(([, count]) => count > 150 && count < 800).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!word) throw new Error('The demo catalog has no word shared by a few hundred products');
  return { word, catalogSize: products.length };
}
