import type { Locator, Page } from 'playwright-core';
import { typeAsScanner } from './scanner';

/** The stock count screen: a scan box that counts one unit per scan, and a box per line. */
export class CountPage {
  constructor(private readonly page: Page) {}

  get scanBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Scan to count' });
  }

  async open(baseUrl: string) {
    await this.page.goto(`${new URL(baseUrl).origin}/#/inventory/count`);
    await this.scanBox.waitFor();
  }

  /** A scanner's burst into the scan box: the code a few milliseconds per key, then Enter. */
  async scanIntoBox(code: string) {
    await this.scanBox.focus();
    await typeAsScanner(this.page, code);
  }

  /** A code typed by hand into the scan box, then Enter. */
  async typeIntoBox(code: string) {
    await this.scanBox.focus();
    await this.page.keyboard.type(code, { delay: 80 });
    await this.page.keyboard.press('Enter');
  }

  countedBox(productName: string): Locator {
    return this.page.getByRole('textbox', { name: `Counted: ${productName}` });
  }
}
