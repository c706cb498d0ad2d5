import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';

/** The orders screens in an empty store, used the way a hurried person does. */
describe('the orders screens, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
  });

  afterAll(async () => {
    await store?.close();
  });

  const open = (hash: string) => store.page.goto(`${new URL(store.backroom.url).origin}/#${hash}`);

  it('heads the end of day with the day asked for in a browser east of UTC+12', async () => {
    const { page } = store;
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Emulation.setLocaleOverride', { locale: 'en-US' });
    // December in Auckland is UTC+13: noon UTC there is already the next day.
    await devtools.send('Emulation.setTimezoneOverride', { timezoneId: 'Pacific/Auckland' });
    try {
      await open('/orders/end-of-day');
      await page.reload();
      await page.getByLabel('Day', { exact: true }).fill('2026-12-05');
      const dayLine = page.getByText(/the day runs in/);
      await expect.poll(() => dayLine.textContent()).toMatch(/^Dec 5, 2026 \(HSM\)/);
    } finally {
      await devtools.send('Emulation.setTimezoneOverride', { timezoneId: '' });
      await devtools.send('Emulation.setLocaleOverride', {});
      await devtools.detach();
    }
  });
});
