import type { Locator, Page } from 'playwright-core';

/** The till, driven the way a clerk does: keys only, with the scan box holding the focus. */
export class TillPage {
  constructor(private readonly page: Page) {}

  get scanBox(): Locator {
    return this.page.getByLabel('Scan or search');
  }

  /** The payment amount box, labelled for cash (the method a sale starts with). */
  get cashTendered(): Locator {
    return this.page.getByRole('textbox', { name: 'Cash tendered' });
  }

  get lines(): Locator {
    return this.page.getByRole('table', { name: 'Sale lines' }).locator('tbody tr');
  }

  async open(baseUrl: string) {
    await this.page.goto(`${new URL(baseUrl).origin}/#/orders/new`);
    await this.scanBox.waitFor();
  }

  /** Types words, waits for the matches and adds the first with Enter. */
  async searchAndAdd(words: string) {
    await this.page.keyboard.type(words);
    await this.page.getByRole('option').first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** What a USB scanner does: the code a few milliseconds per key, then Enter. */
  async scan(code: string) {
    await this.page.keyboard.type(code, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  /** F9, cash tendered, Enter. */
  async payCash(tendered: string) {
    await this.page.keyboard.press('F9');
    await this.page.keyboard.type(tendered);
    await this.page.keyboard.press('Enter');
  }

  async complete() {
    await this.page
      .getByRole('button', { name: /Complete sale/ })
      .and(this.page.locator(':enabled'))
      .waitFor();
    await this.page.keyboard.press('F12');
    await this.page.getByRole('table', { name: 'Receipt lines' }).waitFor();
  }

  /** F7: sets the sale aside; the till starts an empty one. */
  async park() {
    await this.page.keyboard.press('F7');
    await this.lines.first().waitFor({ state: 'detached' });
  }

  /** F10, then Tab to the parked sale that starts with `firstProduct`, and Enter on its Resume button. */
  async resume(firstProduct: string) {
    await this.page.keyboard.press('F10');
    const list = this.page.getByRole('table', { name: 'Parked sales' });
    await list.waitFor();
    const resume = list.getByRole('button', { name: new RegExp(`^Resume ${escapeRegExp(firstProduct)}`) });
    const focused = resume.and(this.page.locator(':focus'));
    for (let tab = 0; tab < 20 && (await focused.count()) === 0; tab++) await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
    await list.waitFor({ state: 'detached' });
  }

  /** The parked sales as listed: one text per row. */
  async parkedSales(): Promise<string[]> {
    await this.page.keyboard.press('F10');
    const rows = this.page.getByRole('table', { name: 'Parked sales' }).locator('tbody tr');
    await this.page.getByRole('dialog', { name: 'Parked sales' }).waitFor();
    const texts = await rows.allTextContents();
    await this.page.keyboard.press('Escape');
    await this.page.getByRole('dialog', { name: 'Parked sales' }).waitFor({ state: 'detached' });
    return texts;
  }

  text(label: string): Promise<string | null> {
    return this.page.getByLabel(label, { exact: true }).textContent();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
