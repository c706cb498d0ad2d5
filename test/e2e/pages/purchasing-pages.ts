import type { Page } from 'playwright-core';

/** Low stock → reorder suggestions → draft purchase orders → send → receive → print. */
export class PurchasingPages {
  constructor(private readonly page: Page) {}

  async openLowStock() {
    await this.page
      .getByRole('navigation', { name: 'Inventory sections' })
      .getByRole('link', { name: 'Low stock' })
      .click();
    await this.page.getByRole('heading', { name: 'Low stock' }).waitFor();
  }

  lowStockRow(productName: string) {
    return this.page.getByTestId('low-stock-row').filter({ hasText: productName });
  }

  async createDraftsFromSuggestions(supplier: string) {
    await this.page.getByRole('link', { name: 'Suggest reorders' }).click();
    await this.page.getByRole('region', { name: supplier }).waitFor();
    await this.page.getByRole('button', { name: 'Create draft purchase orders' }).click();
    await this.page.getByRole('heading', { name: 'Purchase orders' }).waitFor();
  }

  orderRow(supplier: string) {
    return this.page.getByTestId('purchase-order-row').filter({ hasText: supplier });
  }

  async openOrder(supplier: string) {
    await this.orderRow(supplier).getByRole('link').click();
  }

  get status() {
    return this.page.getByTestId('order-status');
  }

  async send() {
    await this.page.getByRole('button', { name: /^(Send to supplier|Save and send)$/ }).click();
    await this.page.getByRole('link', { name: 'Receive delivery' }).waitFor();
  }

  async receiveEverything() {
    await this.page.getByRole('link', { name: 'Receive delivery' }).click();
    await this.page.getByRole('button', { name: 'Everything still to come arrived' }).click();
    await this.page.getByRole('button', { name: /Book delivery/ }).click();
    await this.page.waitForURL(/#\/inventory\/purchase-orders\/\d+$/);
  }

  /** Ordered, received and still to come, as the order's line for `sku` shows them. */
  async lineQuantities(sku: string): Promise<string[]> {
    const cells = this.page.getByRole('row', { name: new RegExp(sku) }).getByRole('cell');
    return (await cells.allTextContents()).slice(2, 5);
  }

  async openPrintView() {
    await this.page.getByRole('link', { name: 'Print view' }).click();
    await this.page.getByRole('article').waitFor();
  }
}
