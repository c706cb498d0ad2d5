import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

/**
 * The audit trail as an admin sees it, in a real browser: an edit made in this browser session
 * shows who made it, from where, and its old and new values; the filters narrow the trail; the
 * chain check says the trail is intact.
 */
describe('audit trail, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
    const product = await callChannel<{ id: number; version: number }>(page, 'products.create', {
      sku: 'ICE-1',
      name: 'Iced coffee',
      priceCents: 300,
      costCents: 120,
      taxRateBp: 0,
      reorderPoint: 2,
      reorderQty: 12,
      allowBackorder: false,
      attributes: {},
    });
    await callChannel(page, 'products.update', {
      id: product.id,
      version: product.version,
      name: 'Cold brew',
      priceCents: 450,
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('shows an edit with its old and new values, filters the trail, and checks the chain', async () => {
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    const table = page.getByRole('table', { name: 'Audit trail' });
    await table.waitFor();
    const rows = table.getByTestId('audit-row');
    await expect(rows.count()).resolves.toBeGreaterThan(2);

    const filters = page.getByRole('search', { name: 'Audit filters' });
    await filters.getByLabel('Action').fill('products.update');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    const edit = rows.first();
    await edit.getByText('Grace Hopper').waitFor();
    await edit.getByText(/^Browser [0-9a-f]{8}$/).waitFor();
    const changes = edit.getByTestId('audit-change');
    await expect(changes.allInnerTexts()).resolves.toEqual(['Name: Iced coffee → Cold brew', 'Price: $3.00 → $4.50']);

    await filters.getByLabel('Result').click();
    await page.getByRole('option', { name: 'Refused' }).click();
    await page.getByText('No rows match these filters').waitFor();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(2);

    await page.getByRole('button', { name: 'Check the chain' }).click();
    await page.getByText('The audit trail is intact').waitFor({ timeout: 30_000 });
  });
});

/**
 * A manager who types the audit trail's address: the screen says who may use it, as the Admin
 * screen does for a clerk, and asks nothing of the host, so no refusal lands on the trail.
 */
describe('audit trail, for a manager', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    await callChannel(store.page, 'staff.create', {
      displayName: 'Mona Manager',
      username: 'mona',
      password: 'mona manager password',
      role: 'manager',
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('says the trail is open to admins, shows no filters or chain check, and audits no refusal', async () => {
    const manager = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await manager.goto(store.backroom.url);
    await new LoginPage(manager).logIn('mona', 'mona manager password');
    await manager.getByRole('navigation', { name: 'Main' }).waitFor();
    await manager.goto(`${new URL(manager.url()).origin}/#/audit`);

    await manager.getByRole('heading', { name: 'Audit trail' }).waitFor();
    await manager.getByText('The audit trail is open to admins. Ask one of them to log in.').waitFor();
    expect(await manager.getByRole('button', { name: 'Check the chain' }).count()).toBe(0);
    expect(await manager.getByRole('search', { name: 'Audit filters' }).count()).toBe(0);
    expect(await manager.getByRole('button', { name: 'Try again' }).count()).toBe(0);

    const refused = await callChannel<{ items: { action: string }[] }>(store.page, 'audit.list', {
      result: 'forbidden',
    });
    expect(refused.items.map((row) => row.action)).toEqual([]);
  });
});
