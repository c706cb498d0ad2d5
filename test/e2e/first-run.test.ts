import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startBrowserMode, type RunningBackroom } from './browser-host';
import { FirstRunPage } from './pages/first-run-page';
import { InventoryPage } from './pages/inventory-page';
import { LoginPage } from './pages/login-page';

const ADMIN = { username: 'grace', password: 'a long store password' };

describe('first run to product search, in a real browser', () => {
  let backroom: RunningBackroom;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    backroom = await startBrowserMode();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  });

  afterAll(async () => {
    await browser?.close();
    await backroom?.stop();
  });

  it('refuses a browser that does not carry the run key', async () => {
    const origin = new URL(backroom.url).origin;
    const other = await browser.newPage();
    const response = await other.goto(origin);
    expect(response?.status()).toBe(401);
    expect(await other.textContent('body')).toContain('not paired');
    await other.close();
  });

  it('creates the store and its admin, then loads the demo data', async () => {
    await page.goto(backroom.url);
    await new FirstRunPage(page).createStore({
      name: 'Harbour Street Market',
      code: 'HSM',
      adminName: 'Grace Hopper',
      ...ADMIN,
    });
    await new FirstRunPage(page).loadDemoData();
    await page.getByRole('link', { name: 'Inventory', exact: true }).waitFor({ timeout: 120_000 });
  });

  it('logs out and back in', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    const login = new LoginPage(page);
    await login.logIn(ADMIN.username, 'not the password');
    await page.getByText('Wrong username or password').waitFor();
    await login.logIn(ADMIN.username, ADMIN.password);
    await page.getByRole('link', { name: 'Inventory', exact: true }).waitFor();
  });

  it('finds products as you type', async () => {
    const inventory = new InventoryPage(page);
    await inventory.open();
    await inventory.rows.first().waitFor();
    expect(await inventory.rows.count()).toBeGreaterThan(10);

    await inventory.searchFor('milk');
    await expect
      .poll(async () => {
        const texts = await inventory.rows.allTextContents();
        return texts.length > 0 && texts.every((text) => /milk/i.test(text));
      })
      .toBe(true);

    await inventory.searchFor('zzzz-no-such-product');
    await page.getByText(/No products match/).waitFor();

    await inventory.searchFor('milk');
    await inventory.rows.first().waitFor();
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/screenshot.png' });
  });
});
