import type { Page } from 'playwright-core';

export interface NewProduct {
  name: string;
  sku: string;
  barcode: string;
  price: string;
  cost: string;
  reorderPoint: number;
  reorderQty: number;
  supplier: string;
}

/** The product form and the panels around it (stock, price history, adjustments). */
export class ProductPage {
  constructor(private readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Product' });
  }

  /** A text box of the form by its label (sections carry labels too, so the role narrows it). */
  field(label: string) {
    return this.form.getByRole('textbox', { name: label, exact: true });
  }

  get barcode() {
    return this.field('Barcode');
  }

  get priceHistory() {
    return this.page.getByRole('region', { name: 'Price history' });
  }

  get stockByStore() {
    return this.page.getByRole('region', { name: 'Stock by store' });
  }

  async openNew() {
    await this.page.getByRole('button', { name: 'New product' }).click();
    await this.page.getByRole('heading', { name: 'New product' }).waitFor();
  }

  async fill(product: NewProduct) {
    await this.field('Name').fill(product.name);
    await this.field('SKU').fill(product.sku);
    await this.barcode.fill(product.barcode);
    await this.field('Price').fill(product.price);
    await this.field('Cost').fill(product.cost);
    await this.field('Reorder point').fill(String(product.reorderPoint));
    await this.field('Reorder quantity').fill(String(product.reorderQty));
    await this.form.getByLabel('Add a supplier').click();
    await this.page.getByRole('option', { name: product.supplier }).click();
    await this.form.getByLabel(`${product.supplier} cost`).fill(product.cost);
  }

  async setPrice(price: string) {
    await this.field('Price').fill(price);
  }

  /** Saves with the keyboard shortcut shown on the button. */
  async saveWithShortcut() {
    await this.page.keyboard.press('Alt+KeyS');
  }

  async adjustStock(direction: 'Add stock' | 'Remove stock', quantity: number, note: string) {
    await this.page.getByRole('button', { name: 'Adjust stock…' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByText(direction, { exact: true }).click();
    await dialog.getByLabel('Quantity').fill(String(quantity));
    await dialog.getByLabel('Note').fill(note);
    await dialog
      .getByRole('button', { name: direction === 'Add stock' ? 'Add to stock' : 'Remove from stock' })
      .click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
