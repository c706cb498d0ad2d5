import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { ImportPage } from './pages/import-page';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const NORTHWIND = join(import.meta.dirname, '..', 'fixtures', 'northwind');
/** Large enough that the import runs for seconds on a busy machine, so the cancel lands while it runs. */
const BIG_FILE_ROWS = 400_000;

/** Browser code: two SVG icons drawn at 24 px, the pixels inked by both over those inked by either. */
const INK_IN_COMMON = `async ([first, second]) => {
  const ink = async (svg) => {
    const image = new Image();
    const standalone = svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(standalone);
    await image.decode();
    const context = new OffscreenCanvas(24, 24).getContext('2d');
    context.drawImage(image, 0, 0, 24, 24);
    return Array.from(context.getImageData(0, 0, 24, 24).data.filter((_, i) => i % 4 === 3), (alpha) => alpha > 96);
  };
  const [a, b] = [await ink(first), await ink(second)];
  return a.filter((on, i) => on && b[i]).length / a.filter((on, i) => on || b[i]).length;
}`;

interface ProductList {
  items: { sku: string; name: string; priceCents: number }[];
}

/**
 * The import wizard as a manager uses it, in a real browser against the real host: a products file
 * with a quoted line break, accented names and one bad row goes through mapping, preview, a run
 * that imports the valid rows, and the download of the rejected one; then a dry run that saves
 * nothing, and a large import cancelled while it runs.
 */
describe('import wizard, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let wizard: ImportPage;
  let scratch: string;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    wizard = new ImportPage(page);
    scratch = mkdtempSync(join(tmpdir(), 'backroom-import-e2e-'));
  });

  afterAll(async () => {
    await store?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const productsBySku = async (prefix: string) =>
    (await callChannel<ProductList>(page, 'products.list', { search: prefix, limit: 50 })).items
      .filter((product) => product.sku.startsWith(prefix))
      .sort((a, b) => a.sku.localeCompare(b.sku));

  it('imports the valid rows of a products file and hands back the rejected one with its reason', async () => {
    await wizard.open();
    await wizard.chooseFile(join(FIXTURES, 'products-with-bad-row.csv'));
    await expect(wizard.howTheFileReads.textContent()).resolves.toMatch(/Format: CSV.*Delimiter: comma/);
    await wizard.firstRows.getByText('Crème brûlée mix').waitFor();

    await wizard.next();
    // The columns were recognised by their names.
    await expect(wizard.columnFor('SKU').inputValue()).resolves.toBe('column:SKU');
    await expect(wizard.columnFor('Name').inputValue()).resolves.toBe('column:Product name');
    await expect(wizard.columnFor('Description').inputValue()).resolves.toBe('column:Description');
    await expect(wizard.columnFor('Price').inputValue()).resolves.toBe('column:Price');
    // A required field left unmapped stops the wizard and says which.
    await wizard.columnFor('Price').selectOption('');
    await page.getByRole('alert').filter({ hasText: 'Choose a column or a fixed value for Price' }).waitFor();
    await expect(wizard.nextButton.isDisabled()).resolves.toBe(true);
    await wizard.columnFor('Price').selectOption({ label: 'Price' });
    await expect(wizard.nextButton.isDisabled()).resolves.toBe(false);
    // A mapping can be kept under a name, and deleted after a confirmation.
    await wizard.saveMappingAs('Weekly products');
    const saved = await callChannel<{ items: { name: string; profile: { fields: object } }[] }>(
      page,
      'imports.profiles.list',
      {},
    );
    expect(saved.items).toEqual([
      expect.objectContaining({ name: 'Weekly products', profile: expect.objectContaining({ kind: 'products' }) }),
    ]);
    await wizard.deleteSavedMapping('Weekly products');
    await expect(callChannel(page, 'imports.profiles.list', {})).resolves.toEqual({ items: [] });

    await wizard.next();
    await wizard.waitForPreview();
    // The quoted line break stays inside its cell; the bad row is marked with its line, column, value and reason.
    await expect(wizard.previewRows.count()).resolves.toBe(4);
    await expect(wizard.previewRows.first().textContent()).resolves.toContain('Rich vanilla\nserves two');
    await expect(page.locator('tr[data-problem]').count()).resolves.toBe(1);
    // A refused row shows its own text, the faulty cell marked.
    await expect(page.locator('tr[data-problem] td[aria-invalid]').allTextContents()).resolves.toEqual(['abc']);
    const problem = wizard.previewProblems.locator('tbody tr');
    await expect(problem.count()).resolves.toBe(1);
    await expect(problem.locator('td').allTextContents()).resolves.toEqual([
      '5',
      'Price',
      'abc',
      'Price is not an amount of money',
    ]);

    await wizard.next();
    await wizard.importValidRowsOnly();
    await wizard.next();
    await wizard.start();
    await expect(wizard.count('Added')).resolves.toBe(3);
    await expect(wizard.count('Rejected')).resolves.toBe(1);
    await expect(wizard.resultProblems.locator('tbody tr').first().textContent()).resolves.toContain('abc');

    const rejects = await wizard.downloadRejects();
    expect(rejects.name).toBe('products-with-bad-row-rejected.csv');
    expect(rejects.text).toContain('IMP-003,Broken price,Price typed as text,abc');
    expect(rejects.text).toContain('Price is not an amount of money');
    expect(rejects.text).not.toContain('IMP-001');

    await expect(productsBySku('IMP')).resolves.toEqual([
      expect.objectContaining({ sku: 'IMP-001', name: 'Crème brûlée mix', priceCents: 450 }),
      expect.objectContaining({ sku: 'IMP-002', name: 'Łódź pierogi', priceCents: 320 }),
      expect.objectContaining({ sku: 'IMP-004', name: 'Açaí bowl', priceCents: 600 }),
    ]);

    // "Import another file" starts over at the first step, with no file chosen.
    await wizard.importAnother();
    await expect(wizard.firstRows.count()).resolves.toBe(0);
  });

  it('cuts a very long cell short, its whole text in a tooltip, so the reason of its problem stays in view', async () => {
    const name = 'Longwinded '.repeat(300).trim();
    const path = join(scratch, 'long-cell.csv');
    writeFileSync(path, `SKU,Product name,Price\nLONG-1,${name},2.50\nLONG-2,Short name,2.50\n`);
    await wizard.open();
    await wizard.chooseFile(path);
    const longCell = wizard.firstRows.locator('td', { hasText: 'Longwinded' });
    expect(await longCell.getAttribute('title')).toBe(name);
    expect((await longCell.boundingBox())!.height).toBeLessThan(60);

    await wizard.next();
    await wizard.next();
    await wizard.waitForPreview();
    const problem = wizard.previewProblems.locator('tbody tr');
    await expect(problem.count()).resolves.toBe(1);
    // The host sends a problem's value cut to its first 200 characters; the tooltip holds all it has.
    const value = problem.locator('td').nth(2);
    expect(await value.getAttribute('title')).toBe(await value.textContent());
    expect((await value.textContent())!.length).toBeGreaterThan(100);
    expect((await problem.boundingBox())!.height).toBeLessThan(60);
    const reason = wizard.previewProblems.getByRole('columnheader', { name: 'Reason' });
    const viewport = page.viewportSize()!;
    const box = (await reason.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
  });

  it('marks Import in the main nav with an icon of its own, not the Backups one', async () => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    const markup = async (label: string) =>
      /<svg[\s\S]*<\/svg>/.exec(await nav.getByRole('link', { name: label }).innerHTML())![0];
    const icons = [await markup('Import'), await markup('Backups')];
    // Drawn on a blank page (the app's CSP loads no data: images): the share of their ink in common.
    const blank = await page.context().browser()!.newPage();
    try {
      const shared = (await blank.evaluate(`(${INK_IN_COMMON})(${JSON.stringify(icons)})`)) as number;
      // The same tray and arrow, shifted a pixel, share about half; a page with an arrow into it, a fifth.
      expect(shared).toBeLessThan(0.35);
    } finally {
      await blank.close();
    }
  });

  it('imports nothing of a file with a bad row when all or nothing is asked, and still lists why', async () => {
    await wizard.open();
    await wizard.chooseFile(join(FIXTURES, 'products-with-bad-row.csv'));
    await wizard.next();
    // Rows that already landed would be refused as duplicates: new SKUs through a prefix.
    await page.getByLabel('Prefix for SKU').fill('ALL-');
    await wizard.next();
    await wizard.waitForPreview();
    await wizard.next();
    await wizard.next();
    await page.getByText(/if any row has a problem, nothing is imported/).waitFor();
    await wizard.start();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Nothing was imported' })
      .filter({ hasText: '1 of 4 rows have problems' })
      .waitFor({ timeout: 60_000 });
    const rejects = await wizard.downloadRejects();
    expect(rejects.text).toContain('Price is not an amount of money');
    await expect(productsBySku('ALL-')).resolves.toEqual([]);
  });

  it('checks a whole file in a dry run and saves nothing', async () => {
    await wizard.open();
    await wizard.chooseFile(join(FIXTURES, 'products-dry-run.csv'));
    await wizard.next();
    await wizard.next();
    await wizard.waitForPreview();
    await wizard.next();
    await wizard.dryRun();
    await wizard.next();
    await page.getByText(/Nothing will be saved\./).waitFor();
    await wizard.start('Start dry run');
    await page.getByRole('status').filter({ hasText: 'Dry run: nothing was saved' }).waitFor({ timeout: 60_000 });
    await expect(wizard.count('Would be added')).resolves.toBe(2);
    await expect(productsBySku('DRY')).resolves.toEqual([]);
    // The Jobs screen does not pass the dry run off as an import that added rows.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await expect(page.getByTestId('job-row').first().locator('td').nth(4).textContent()).resolves.toBe(
      'Dry run, nothing saved: 2 rows · 2 would be added',
    );
  });

  it('loads a saved mapping that joins lookup files, and imports with them', async () => {
    const profile: unknown = JSON.parse(readFileSync(join(NORTHWIND, 'profiles', 'products.json'), 'utf8'));
    await callChannel(page, 'imports.profiles.save', { name: 'Northwind products', profile });

    await wizard.open();
    await wizard.chooseFile(join(NORTHWIND, 'products.csv'));
    await wizard.next();
    await page.getByLabel('Saved mapping').selectOption({ label: 'Northwind products' });
    await expect(wizard.columnFor('SKU').inputValue()).resolves.toBe('column:ProductID');
    await expect(page.getByLabel('Prefix for SKU').inputValue()).resolves.toBe('NW-');
    await expect(wizard.columnFor('Category').inputValue()).resolves.toBe('lookup');
    // The joined files are asked for before the wizard goes on.
    await expect(wizard.nextButton.isDisabled()).resolves.toBe(true);
    await wizard.giveLookupFile('categories', join(NORTHWIND, 'categories.csv'));
    await wizard.giveLookupFile('suppliers', join(NORTHWIND, 'suppliers.csv'));

    await wizard.next();
    await wizard.waitForPreview();
    await expect(wizard.previewRows.first().locator('td').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['NW-1', 'Chai', 'Beverages', 'Exotic Liquids', '$18.00']),
    );
    await wizard.next();
    await page.getByLabel('Create categories that do not exist yet').check();
    await page.getByLabel('Create suppliers that do not exist yet').check();
    await wizard.next();
    await wizard.start();
    await expect(wizard.count('Added')).resolves.toBe(77);
    await expect(wizard.count('Rejected')).resolves.toBe(0);

    const chai = await callChannel<{ items: { sku: string; categoryName: string | null }[] }>(page, 'products.list', {
      search: 'Chai',
      limit: 5,
    });
    expect(chai.items).toEqual([expect.objectContaining({ sku: 'NW-1', categoryName: 'Beverages' })]);
  });

  it('cancels a large import while it runs, leaving the store as it was', async () => {
    const path = join(scratch, 'big-catalog.csv');
    const lines = ['SKU,Product name,Price'];
    for (let n = 1; n <= BIG_FILE_ROWS; n++) lines.push(`BIG-${n},Big catalogue item ${n},${(n % 900) + 1}.99`);
    writeFileSync(path, lines.join('\n') + '\n');

    await wizard.open();
    await wizard.chooseFile(path);
    await wizard.next();
    await wizard.next();
    await wizard.waitForPreview();
    await wizard.next();
    await wizard.next();
    await wizard.start();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor({ timeout: 60_000 });
    // The file is read as it streams: how far in is a share of its bytes, the pace is rows per second.
    await page.getByText(/^Reading — \d+% · [\d,.\s]+ rows\/s/).waitFor({ timeout: 60_000 });
    await wizard.cancelRunning();
    await page.getByRole('status').filter({ hasText: 'Nothing of this file was saved' }).waitFor({ timeout: 120_000 });

    await expect(productsBySku('BIG')).resolves.toEqual([]);
    const jobs = await callChannel<{ items: { kind: string; status: string }[] }>(page, 'jobs.list', {});
    expect(jobs.items[0]).toMatchObject({ kind: 'import', status: 'cancelled' });
  });
});
