import type { Page } from 'playwright-core';

/** The first-run screen: creates the store and its first admin, then offers demo data. */
export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async createStore(store: { name: string; code: string; adminName: string; username: string; password: string }) {
    await this.page.getByLabel('Store name').fill(store.name);
    await this.page.getByLabel('Store code').fill(store.code);
    await this.page.getByLabel('Your name').fill(store.adminName);
    await this.page.getByLabel('Username').fill(store.username);
    await this.page.getByLabel('Password', { exact: true }).fill(store.password);
    await this.page.getByLabel('Confirm password').fill(store.password);
    await this.page.getByRole('button', { name: 'Create store' }).click();
  }

  async loadDemoData() {
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
  }
}
