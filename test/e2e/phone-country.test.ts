import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { CustomersPage } from './pages/customers-page';

/**
 * The admin of a Dutch store sets the phone country in a real browser: stored phones are written
 * in full, and the two customers who turn out to share a number are listed, each opening its
 * profile. The customers are seeded through the contract before any phone country is set.
 */
describe('the phone country, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    for (const [firstName, phone] of [
      ['Anna', '06 12345678'],
      ['Bram', '+31 6 12345678'],
      ['Eva', '06 11111111'],
    ]) {
      await callChannel(page, 'customers.create', { firstName, lastName: 'Visser', phone });
    }
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
  });

  afterAll(async () => {
    await store?.close();
  });

  const form = () => page.getByRole('form', { name: 'Phone country' });

  it('says phones are stored as typed until a phone country is saved, and refuses a code with a leading 0', async () => {
    await form().getByText('Not set: phones are stored as typed.').waitFor();
    await form().getByLabel('Calling code').fill('031');
    await form().getByRole('button', { name: 'Save phone country' }).click();
    await form().getByText('A calling code has 1 to 3 digits and does not start with 0').waitFor();
    await form().getByLabel('Trunk prefix').fill('00');
    await form().getByRole('button', { name: 'Save phone country' }).click();
    await form().getByText('A trunk prefix is one digit, or none').waitFor();
    await form().getByLabel('Trunk prefix').fill('0');
  });

  it('writes the free number in full and lists the pair sharing one, to merge', async () => {
    // Typed with its +, which the box already shows in front.
    await form().getByLabel('Calling code').fill('+31');
    await expect.poll(() => form().getByLabel('Trunk prefix').inputValue()).toBe('0');
    await form().getByRole('button', { name: 'Save phone country' }).click();
    await page.getByText('1 stored phone was written in full.').waitFor();
    await form().getByText('Saved: +31, trunk prefix 0 left out').waitFor();
    await expect.poll(() => form().getByLabel('Calling code').inputValue()).toBe('31');

    const pairs = form().getByRole('listitem');
    await expect.poll(() => pairs.allTextContents()).toEqual(['+31 612 345 678: Bram Visser and Anna Visser']);
    await pairs.getByRole('link', { name: 'Anna Visser' }).click();
    await new CustomersPage(page).profileHeading.filter({ hasText: 'Anna Visser' }).waitFor();
  });

  it('finds the number written in full when the clerk types it with its 0', async () => {
    const customers = new CustomersPage(page);
    await customers.open();
    await customers.search('06 1111');
    await expect.poll(() => customers.results.allTextContents()).toEqual(['Eva Visser']);
  });
});
