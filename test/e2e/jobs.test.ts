import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

/**
 * Long work as a person sees it, in a real browser: the demo data load started from the Admin
 * screen runs as a job, shows its progress on the Jobs screen, and a cancel there leaves the
 * store empty and working.
 */
describe('jobs, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
  });

  it('shows a running demo load with its progress, and cancels it leaving the store as it was', async () => {
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    const demo = page.getByRole('region', { name: 'Demo data' });
    await demo.getByRole('button', { name: 'Load demo data' }).click();
    // The loader follows the job: progress with the phase, counts and rate.
    await demo.getByText(/ of [\d,]+/).waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: 'Jobs', exact: true }).click();
    const row = page.getByTestId('job-row').first();
    await row.getByText('Running').waitFor();
    await expect(row.getByRole('progressbar').count()).resolves.toBe(1);
    await row.getByText(/ of [\d,]+/).waitFor({ timeout: 30_000 });
    await row.getByRole('button', { name: /Cancel job/ }).click();
    await row.getByText('Cancelled', { exact: true }).waitFor({ timeout: 30_000 });

    const products = await callChannel<{ items: unknown[] }>(page, 'products.list', { limit: 5 });
    expect(products.items).toEqual([]);
    const jobs = await callChannel<{ items: { status: string }[] }>(page, 'jobs.list', {});
    expect(jobs.items.map((job) => job.status)).toEqual(['cancelled']);
  });
});

/** A clerk who types the Jobs screen's address is told once, plainly, who may use it. */
describe('jobs, for a clerk', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    await callChannel(store.page, 'staff.create', {
      displayName: 'Carl Clerk',
      username: 'carl',
      password: 'carl clerk password',
      role: 'clerk',
    });
  });

  afterAll(async () => {
    await store?.close();
  });

  it('says the screen is open to managers and admins, once, without an error or a toast', async () => {
    const clerk = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await clerk.goto(store.backroom.url);
    await new LoginPage(clerk).logIn('carl', 'carl clerk password');
    await clerk.getByRole('navigation', { name: 'Main' }).waitFor();
    await clerk.goto(`${new URL(clerk.url()).origin}/#/jobs`);

    await clerk.getByRole('heading', { name: 'Jobs' }).waitFor();
    await clerk.getByText('The Jobs screen is open to managers and admins. Ask one of them to log in.').waitFor();
    // Long enough for a refused request's toast to have appeared.
    await clerk.waitForTimeout(1_000);
    expect(await clerk.getByText(/not allowed/i).count()).toBe(0);
    expect(await clerk.getByRole('table', { name: 'Jobs' }).count()).toBe(0);
  });
});
