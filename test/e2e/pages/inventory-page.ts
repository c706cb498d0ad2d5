import type { Page } from 'playwright-core';

/** The product list: search as you type over a virtualized, keyset-paginated list. */
export class InventoryPage {
  constructor(private readonly page: Page) {}

  get search() {
    return this.page.getByLabel('Search products');
  }

  get rows() {
    return this.page.getByTestId('product-row');
  }

  async open() {
    await this.page.getByRole('link', { name: 'Inventory', exact: true }).click();
    await this.search.waitFor();
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }
}
