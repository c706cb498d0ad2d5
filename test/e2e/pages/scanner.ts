import type { Page } from 'playwright-core';

/** How far apart a USB scanner types the keys of a code. */
const SCANNER_KEY_GAP_MS = 5;

/**
 * What a USB barcode scanner does: types the code a few milliseconds per key, then Enter. Focus is
 * taken off any text box first, as when a clerk picks up the scanner with nothing selected.
 */
export async function scanBarcode(page: Page, code: string): Promise<void> {
  const focused = page.locator(':focus');
  if ((await focused.count()) > 0) await focused.blur();
  await typeAsScanner(page, code);
}

/**
 * Sends the code and Enter into whatever has the focus, each key stamped with the time a scanner
 * would type it, as the system stamps a real scanner's keys. Typing through `page.keyboard` stamps a
 * key when the browser receives it, so on a busy machine the test's own delays between keys would
 * be taken for a person typing.
 */
export async function typeAsScanner(page: Page, code: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const startSeconds = Date.now() / 1000;
  try {
    for (const [index, key] of [...code, 'Enter'].entries()) {
      const timestamp = startSeconds + (index * SCANNER_KEY_GAP_MS) / 1000;
      const fields = { ...keyFields(key), timestamp };
      await session.send('Input.dispatchKeyEvent', { type: 'keyDown', text: key === 'Enter' ? '\r' : key, ...fields });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...fields });
    }
  } finally {
    await session.detach();
  }
}

const SHIFT_MODIFIER = 8;

/** What the browser needs to know of a key besides the character it types: digits, letters, "-", Enter. */
function keyFields(key: string): { key: string; code: string; windowsVirtualKeyCode: number; modifiers: number } {
  if (key === 'Enter') return { key, code: 'Enter', windowsVirtualKeyCode: 13, modifiers: 0 };
  if (key === '-') return { key, code: 'Minus', windowsVirtualKeyCode: 189, modifiers: 0 };
  if (/^[0-9]$/.test(key)) return { key, code: `Digit${key}`, windowsVirtualKeyCode: key.charCodeAt(0), modifiers: 0 };
  if (/^[a-z]$/i.test(key)) {
    const upper = key.toUpperCase();
    const modifiers = key === upper ? SHIFT_MODIFIER : 0;
    return { key, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), modifiers };
  }
  throw new Error(`A scanner in these tests types digits, letters and "-", not "${key}"`);
}
