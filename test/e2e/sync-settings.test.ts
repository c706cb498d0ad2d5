import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HQ_TIMEOUT_MS } from '../helpers/hq-database';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server';
import { openNewStore, type OpenStore } from './browser-host';

const PASSWORD = 'e2e-hq-Pa55word';

/**
 * Browser mode with BACKROOM_HQ_URL naming a real PostgreSQL that wants a password: an admin sees
 * the address without it and read-only, changes how often sync runs, and tests the connection.
 */
describe('sync settings, in a real browser', () => {
  let server: PostgresServer;
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    server = await startPostgresServer({ password: PASSWORD });
    // Browser mode starts with this process's environment: the variable is how it knows head office.
    process.env.BACKROOM_HQ_URL = server.url;
    store = await openNewStore({ demoData: false });
    page = store.page;
  }, HQ_TIMEOUT_MS + 120_000);

  afterAll(async () => {
    delete process.env.BACKROOM_HQ_URL;
    await store?.close();
    server?.dispose();
  });

  it('shows the environment’s address redacted and read-only, saves the interval, and tests the connection', async () => {
    await page.getByRole('link', { name: 'Sync', exact: true }).click();
    const connection = page.getByRole('form', { name: 'Head office connection' });
    await connection
      .getByTestId('hq-target')
      .getByText(`postgres://postgres@127.0.0.1:${server.port}/postgres`)
      .waitFor();
    expect(await connection.getByTestId('hq-source').innerText()).toContain('BACKROOM_HQ_URL');
    expect(await connection.getByTestId('hq-note').innerText()).toContain('Set by BACKROOM_HQ_URL');
    expect(await connection.getByRole('button', { name: 'Save address' }).count()).toBe(0);
    expect(await connection.getByLabel('Address').count()).toBe(0);

    const schedule = page.getByRole('form', { name: 'Sync settings' });
    await schedule.getByText('Syncs every 5 minutes').waitFor();
    await schedule.getByLabel('Every (minutes)').fill('15');
    await schedule.getByRole('button', { name: 'Save sync settings' }).click();
    await schedule.getByText('Syncs every 15 minutes').waitFor();
    await page.reload();
    await page.getByRole('form', { name: 'Sync settings' }).getByText('Syncs every 15 minutes').waitFor();
    expect(await page.getByLabel('Every (minutes)').inputValue()).toBe('15');

    await page.getByRole('button', { name: 'Test connection' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Connected to PostgreSQL' });
    await result.waitFor({ timeout: 30_000 });
    expect(await result.innerText()).toContain("the first sync will create head office's schema");
    expect(await page.content()).not.toContain(PASSWORD);
  });
});

/** Browser mode without BACKROOM_HQ_URL: nothing here can keep head office's address, and every word says so. */
describe('sync settings without head office, in a real browser', () => {
  let store: OpenStore;
  let page: Page;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    page = store.page;
  });

  afterAll(async () => {
    await store?.close();
  });

  it('tells the admin to set the variable, as the settings do, and never to enter an address below', async () => {
    await page.getByRole('link', { name: 'Sync', exact: true }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Head office is not set up on this machine' });
    await banner.getByText('set BACKROOM_HQ_URL and restart Backroom').waitFor();
    expect(await banner.innerText()).not.toMatch(/enter|settings below/i);
    const connection = page.getByRole('form', { name: 'Head office connection' });
    expect(await connection.getByTestId('hq-note').innerText()).toContain('BACKROOM_HQ_URL');
    expect(await connection.getByLabel('Address').count()).toBe(0);
  });
});
