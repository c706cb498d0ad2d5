import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';

const ADMIN_PASSWORD = 'a long store password';

/**
 * The screen locks over a dialog left open (the admin's own staff editor): the keyboard stays on
 * the lock, and the password typed there unlocks instead of landing in the dialog behind.
 */
describe('the lock screen, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('keeps Tab on the lock over an open dialog, and unlocks with the password typed there', async () => {
    const page = store.page;
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('button', { name: 'Edit Grace Hopper' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Grace Hopper' });
    const name = editor.getByLabel('Name', { exact: true });
    await name.waitFor();

    await page.keyboard.press('Control+l');
    const lock = page.getByRole('dialog', { name: 'Screen locked' });
    await lock.getByLabel('Password').waitFor();
    const focusOnLock = async () => (await lock.locator(':focus').count()) === 1;
    // Around the lock's controls (password, Unlock, Log out) twice over, and back again.
    for (let press = 0; press < 6; press++) {
      await page.keyboard.press('Tab');
      expect(await focusOnLock()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusOnLock()).toBe(true);
    // A click on the cover, away from the form, keeps Tab there too.
    await page.mouse.click(20, 20);
    await page.keyboard.press('Tab');
    expect(await focusOnLock()).toBe(true);

    await lock.getByLabel('Password').focus();
    await page.keyboard.type(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await lock.waitFor({ state: 'detached' });
    expect(await name.inputValue()).toBe('Grace Hopper');
  });
});
