import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOAD_TIMEOUT_MS, openNewStore, type OpenStore } from './browser-host';
import { loadDemoData } from './pages/analytics-page';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';
import { ProductPage } from './pages/product-page';

interface StoreRow {
  id: number;
  name: string;
}

const MANAGER_PASSWORD = 'a manager password here';

/**
 * Inventory in a chain, where some writes belong to a store: a manager who works in two of its
 * three stores, and the admin who may act for every store. The screens offer those writes in the
 * stores the host lets each of them act for, no more and no fewer.
 */
describe('inventory across the stores of a chain, in a real browser', () => {
  let store: OpenStore;
  let admin: Page;
  let manager: Page;
  /** The admin's home store, where the first run made it; the manager's home store too. */
  let home: StoreRow;
  /** The manager's second store. */
  let second: StoreRow;
  /** A store the manager does not work in. */
  let third: StoreRow;
  let product: { id: number; name: string };

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    admin = store.page;
    // Loading the demo chain can outlast the screen lock on a busy machine, and a locked session answers nothing.
    await callChannel(admin, 'settings.setSessions', { idleTimeoutMinutes: 120, lockAfterMinutes: 60 });
    await loadDemoData(admin);
    const stores = await callChannel<StoreRow[]>(admin, 'stores.list', { scope: 'chain' });
    expect(stores.length).toBe(3);
    home = stores.find((row) => row.name === 'Harbour Street Market')!;
    [second, third] = stores.filter((row) => row !== home) as [StoreRow, StoreRow];
    await callChannel(admin, 'staff.create', {
      displayName: 'Mona Cover',
      username: 'mona',
      password: MANAGER_PASSWORD,
      role: 'manager',
      storeId: home.id,
      storeIds: [home.id, second.id],
    });
    product = await callChannel<{ id: number; name: string }>(admin, 'products.create', {
      sku: 'CHAIN-TEA-1',
      name: 'Harbour Chain Breakfast Tea',
      priceCents: 449,
      costCents: 210,
      taxRateBp: 0,
      reorderPoint: 3,
      reorderQty: 12,
      allowBackorder: false,
      attributes: {},
    });
    manager = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await manager.goto(store.backroom.url);
    await new LoginPage(manager).logIn('mona', MANAGER_PASSWORD);
    await manager.getByRole('link', { name: 'Inventory', exact: true }).waitFor();
  }, DEMO_LOAD_TIMEOUT_MS + 120_000);

  afterAll(async () => {
    await store?.close();
  });

  function open(page: Page, path: string) {
    return page.goto(`${new URL(store.backroom.url).origin}/#${path}`);
  }

  it("offers a store's reorder settings only in the stores the manager works in", async () => {
    await open(manager, `/inventory/products/${product.id}`);
    const stock = new ProductPage(manager).stockByStore;
    await stock.getByRole('row', { name: new RegExp(third.name) }).waitFor();
    const editButton = (storeName: string) =>
      stock.getByRole('button', { name: `Reorder settings for ${storeName}`, exact: true });
    expect(await editButton(home.name).count()).toBe(1);
    expect(await editButton(second.name).count()).toBe(1);
    expect(await editButton(third.name).count()).toBe(0);
  });

  describe('receiving a transfer', () => {
    /** From the admin's home store, where the stock is. */
    async function sendTo(destination: StoreRow, quantity: number): Promise<number> {
      const sent = await callChannel<{ id: number }>(admin, 'transfers.send', {
        toStoreId: destination.id,
        lines: [{ productId: product.id, quantity }],
      });
      return sent.id;
    }

    async function receive(page: Page, transferId: number) {
      await open(page, `/inventory/transfers/${transferId}`);
      await page.getByRole('button', { name: /Receive into stock/ }).click();
      await page.getByText('Transfer received').waitFor();
    }

    async function onHandIn(storeRow: StoreRow): Promise<number> {
      const detail = await callChannel<{ stock: { storeId: number; onHand: number }[] }>(admin, 'products.get', {
        id: product.id,
      });
      return detail.stock.find((row) => row.storeId === storeRow.id)!.onHand;
    }

    beforeAll(async () => {
      await callChannel(admin, 'stock.adjust', { productId: product.id, quantity: 10, reason: 'correction' });
    });

    it('lets the admin receive into any store of the chain', async () => {
      const transferId = await sendTo(third, 4);
      await receive(admin, transferId);
      expect(await onHandIn(third)).toBe(4);
    });

    it('lets a manager receive into a store they work in besides their home store', async () => {
      const transferId = await sendTo(second, 3);
      await receive(manager, transferId);
      expect(await onHandIn(second)).toBe(3);
    });

    it('lists the transfers coming to any store the person works in, picked on the Transfers list', async () => {
      const toThird = await sendTo(third, 1);
      const toSecond = await sendTo(second, 1);
      const pickStore = async (page: Page, storeName: string) => {
        await page.locator('input[aria-label="Store"]').click();
        await page.getByRole('option', { name: storeName, exact: true }).click();
      };
      const transferLink = (page: Page, transferId: number) =>
        page.getByRole('link', { name: `Transfer #${transferId}`, exact: true });

      await open(admin, '/inventory/transfers');
      await admin.getByRole('table', { name: 'Transfers' }).or(admin.getByText('Nothing on its way here')).waitFor();
      expect(await transferLink(admin, toThird).count()).toBe(0);
      await pickStore(admin, third.name);
      const row = admin.getByRole('row').filter({ has: transferLink(admin, toThird) });
      await row.waitFor();
      expect(await row.getByRole('link', { name: 'Receive' }).count()).toBe(1);

      await open(manager, '/inventory/transfers');
      await pickStore(manager, second.name);
      await transferLink(manager, toSecond).waitFor();
    });
  });
});
