import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import type { ProductDetail } from '../../shared/contract/catalog';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel, createProduct } from './pages/contract-seed';
import { ImportPage } from './pages/import-page';
import { ProductPage } from './pages/product-page';

/**
 * Numbers typed key by key, the way a person does, in a browser that speaks German: what is saved
 * is what they meant, or they are told it cannot be read; never another number.
 */
describe('numbers typed in a German browser', () => {
  let store: OpenStore;
  let page: Page;
  let scratch: string;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    page = store.page;
    scratch = mkdtempSync(join(tmpdir(), 'backroom-locale-e2e-'));
  });

  afterAll(async () => {
    await store?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('saves a tax rate typed with a decimal comma as that rate', async () => {
    const created = await createProduct(page, {
      sku: 'TAX-0825',
      name: 'Kettle Crisps 150 g',
      priceCents: 249,
      costCents: 120,
    });
    await page.goto(new URL(`#/inventory/products/${created.id}`, page.url()).toString());
    const product = new ProductPage(page);
    const taxRate = product.field('Tax rate');
    await taxRate.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('8,25');
    await product.saveWithShortcut();
    await page.getByText('Product saved').waitFor();

    const saved = await callChannel<ProductDetail>(page, 'products.get', { id: created.id });
    expect(saved.taxRateBp).toBe(825);
  });

  it('saves a price typed with German thousands as that price', async () => {
    const created = await createProduct(page, {
      sku: 'BIKE-0001',
      name: 'Harbour Cargo Bike',
      priceCents: 99_900,
      costCents: 60_000,
    });
    await page.goto(new URL(`#/inventory/products/${created.id}`, page.url()).toString());
    const product = new ProductPage(page);
    const price = product.field('Price');
    await price.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1.234,50');
    await product.saveWithShortcut();

    const savedPrice = async () =>
      (await callChannel<ProductDetail>(page, 'products.get', { id: created.id })).priceCents;
    await expect.poll(savedPrice).toBe(123_450);
    await expect.poll(() => price.inputValue()).toBe('1234,50');
  });

  it('reads an imported file with the German decimal mark: "2,500" is pointed out, never taken as 2500', async () => {
    const path = join(scratch, 'preise.csv');
    writeFileSync(
      path,
      'SKU;Product name;Price;Cost\nAPF-0001;Apfelsaft 1 L;12,50;8,75\nAPF-0002;Apfelkiste;2,500;1,200\n',
    );
    const wizard = new ImportPage(page);
    await wizard.open();
    await wizard.chooseFile(path);
    await wizard.next();
    await wizard.next();
    await wizard.waitForPreview();
    // As it will be stored, written as a German reads money.
    await expect(wizard.previewRows.first().locator('td').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['APF-0001', 'Apfelsaft 1 L', '12,50\u00a0$', '8,75\u00a0$']),
    );
    const problems = await wizard.previewProblems.locator('tbody tr').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^3.*Price.*more than two decimals/),
      expect.stringMatching(/^3.*Cost.*more than two decimals/),
    ]);

    await wizard.next();
    await wizard.importValidRowsOnly();
    await wizard.next();
    await wizard.start();
    expect(await wizard.count('Added')).toBe(1);
    const listed = await callChannel<ChannelOutput<'products.list'>>(page, 'products.list', { search: 'Apfel' });
    expect(listed.items.map((product) => product.sku)).toEqual(['APF-0001']);
    const imported = await callChannel<ProductDetail>(page, 'products.get', { id: listed.items[0]!.id });
    expect([imported.priceCents, imported.costCents]).toEqual([1250, 875]);
  });
});
