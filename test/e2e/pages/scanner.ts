import type { Page } from 'playwright-core';

/**
 * What a USB barcode scanner does: types the code a few milliseconds per key, then Enter. Focus is
 * taken off any text box first, as when a clerk picks up the scanner with nothing selected.
 */
export async function scanBarcode(page: Page, code: string): Promise<void> {
  const focused = page.locator(':focus');
  if ((await focused.count()) > 0) await focused.blur();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}
