import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { CustomersPage } from './pages/customers-page';

const TAKEN_EMAIL = 'ada.duplicate@example.com';

/**
 * A customer's record from sign-up to a corrected phone number, in a real browser against browser
 * mode. The store starts empty; the customer whose email is already taken is seeded through the
 * contract.
 */
describe('customers, in a real browser', () => {
  let store: OpenStore;
  let page: Page;
  let customers: CustomersPage;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    await callChannel(page, 'customers.create', { firstName: 'Ada', lastName: 'Byron', email: TAKEN_EMAIL });
    customers = new CustomersPage(page);
  });

  afterAll(async () => {
    await store?.close();
  });

  it('signs up a customer', async () => {
    await customers.open();
    await customers.create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      phone: '(555) 010-2030',
    });
    await customers.profileHeading.filter({ hasText: 'Ada Lovelace' }).waitFor();
    // Kept as digits, shown in the store's national form.
    await page.getByText('(555) 010-2030').waitFor();
  });

  it('opens a new customer with the cursor in the first name', async () => {
    await customers.open();
    await customers.openNew();
    await expect
      .poll(() => page.locator(':focus').getAttribute('id'))
      .toBe(await page.getByLabel('First name').getAttribute('id'));
  });

  it('leaves the cursor where the person clicks after a refused save, however much they type', async () => {
    await customers.open();
    await customers.openNew();
    await customers.fillForm(page, { firstName: 'Grace', lastName: 'Hopper', email: 'not-an-email' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(':focus').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Phone').click();
    await page.keyboard.type('555 0102');
    expect(await page.getByLabel('Phone').inputValue()).toBe('555 0102');
    expect(await page.getByLabel('Email').inputValue()).toBe('not-an-email');
  });

  it('finds the customer by search as you type and opens the profile', async () => {
    await customers.open();
    await customers.search('lov');
    // The previous list stays on screen until the narrowed one arrives.
    await expect.poll(() => customers.results.allTextContents()).toEqual(['Ada Lovelace']);
    await customers.openProfile('Ada Lovelace');
    await page.getByText('Lifetime spend').waitFor();
  });

  it('changes the phone number', async () => {
    await customers.edit({ phone: '555 999 8877' });
    await customers.editDialog.waitFor({ state: 'hidden' });
    await page.getByText('(555) 999-8877').waitFor();
  });

  it('refuses an email another customer already has, naming the field', async () => {
    await customers.edit({ email: TAKEN_EMAIL });
    await customers.editDialog.getByText('Another customer already has this email address.').waitFor();
    expect(await customers.fieldError('Email')).toBe('Another customer already has this email address.');
    await customers.closeEdit();
    await page.getByText('ada@example.com').waitFor();
  });

  it('anonymizes an archived customer on request, and offers neither that nor Restore once done', async () => {
    const archived = await callChannel<{ id: number }>(page, 'customers.create', {
      firstName: 'Henry',
      lastName: 'Hicks',
      email: 'henry.hicks@example.com',
    });
    await callChannel(page, 'customers.archive', { id: archived.id });
    await page.goto(`${new URL(page.url()).origin}/#/customers/${archived.id}`);
    await customers.profileHeading.filter({ hasText: 'Henry Hicks' }).waitFor();
    await page.getByRole('button', { name: 'Restore' }).waitFor();
    const thread = page.getByRole('region', { name: 'Messages about this customer' });
    await thread.getByRole('textbox').fill('Henry rang, call back on 555 0199');
    await page.keyboard.press('Enter');
    await thread.getByText('Henry rang, call back on 555 0199').waitFor();

    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Anonymize…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anonymize Henry Hicks' });
    await dialog.getByRole('textbox').fill('Henry Hicks');
    await dialog.getByRole('button', { name: 'Anonymize' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await customers.profileHeading.filter({ hasText: 'Anonymized customer' }).waitFor();
    expect(await callChannel(page, 'customers.get', { id: archived.id })).toMatchObject({ email: null });
    await thread.getByText('Henry rang, call back on 555 0199').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Export data (JSON)' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Anonymize…' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    // Nothing of the person is left to bring back.
    expect(await page.getByRole('button', { name: 'Restore' }).count()).toBe(0);
  });

  it('keeps the lapsed list on the last number of days it can use, and says which it can', async () => {
    await page.goto(`${new URL(page.url()).origin}/#/customers`);
    await page.getByRole('tab', { name: 'Lapsed' }).click();
    const box = page.getByLabel('No purchase for (days)');
    const explained = page.getByText(/^Customers who bought before but not in the last/);
    await box.fill('30');
    await expect.poll(() => explained.textContent()).toContain('in the last 30 days,');

    for (const typed of ['0', '-5', '99999']) {
      await box.fill(typed);
      await page.getByText('Enter a whole number of days from 1 to 3,650').waitFor();
      // Past the pause after typing that would have changed the list.
      await page.waitForTimeout(500);
      expect(await box.inputValue()).toBe(typed);
      expect(await explained.textContent()).toContain('in the last 30 days,');
    }

    await box.fill('1');
    await expect.poll(() => explained.textContent()).toContain('in the last 1 day,');
    expect(await page.getByText('Enter a whole number of days').count()).toBe(0);
  });

  it('shows a refused recommendation rule once, next to the rules, and raises no toast', async () => {
    const product = await callChannel<{ id: number }>(page, 'products.create', {
      sku: 'TOB-1',
      name: 'Pipe tobacco',
      priceCents: 900,
      costCents: 400,
      taxRateBp: 0,
      reorderPoint: 0,
      reorderQty: 0,
      allowBackorder: true,
      attributes: {},
    });
    await callChannel(page, 'recommendations.exclude', { productId: product.id });
    await page.goto(`${new URL(page.url()).origin}/#/admin`);
    await page.getByRole('table', { name: 'Recommendation rules' }).getByText('Pipe tobacco').waitFor();

    await page.getByLabel('Exclude a product').fill('Pipe');
    await page.getByRole('option', { name: /Pipe tobacco/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Already excluded' }).waitFor();
    // The toast, had there been one, would have been raised with the same failed request.
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').filter({ hasText: 'It is excluded already.' }).count()).toBe(1);
  });
});
