import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';

const FIRST_PASSWORD = 'first clerk password';
const RESET_PASSWORD = 'reset by the admin 1';
const CHOSEN_PASSWORD = 'chosen by the clerk 1';
const PIN = '2580';
const ADMIN_PASSWORD = 'a long store password';

interface StoreRow {
  id: number;
  name: string;
}

/**
 * The admin adds a clerk who works in two stores and resets their password; the clerk logs in,
 * must choose their own password first, sets a PIN, locks the screen with Ctrl+L and unlocks it
 * with the PIN. The clerk's own browser context holds their session beside the admin's.
 */
describe('staff administration and sessions, in a real browser', () => {
  let store: OpenStore;
  let admin: Page;
  let clerk: Page;
  let stores: StoreRow[];

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    admin = store.page;
    // The demo data brings the chain's other stores; loaded as a job through the contract.
    const { jobId } = await callChannel<{ jobId: number }>(admin, 'demo.loadData', {});
    const deadline = Date.now() + 270_000;
    let status = 'running';
    while (status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      status = (await callChannel<{ status: string }>(admin, 'jobs.get', { id: jobId })).status;
    }
    expect(status).toBe('succeeded');
    await admin.reload();
    stores = await callChannel<StoreRow[]>(admin, 'stores.list', {});
  });
  afterAll(async () => {
    await store?.close();
  });

  it('adds a clerk who works in two stores', async () => {
    expect(stores.length).toBeGreaterThan(1);
    await admin.getByRole('link', { name: 'Admin', exact: true }).click();
    const form = admin.getByRole('region', { name: 'Add a staff member' });
    await form.getByLabel('Name', { exact: true }).fill('Linus Till');
    await form.getByLabel('Username', { exact: true }).fill('linus');
    await form.getByLabel('Password', { exact: true }).fill(FIRST_PASSWORD);
    await form.getByRole('combobox', { name: 'Stores' }).click();
    for (const chosen of stores.slice(0, 2))
      await admin.getByRole('option', { name: chosen.name, exact: true }).click();
    await admin.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Add staff member' }).click();

    const row = admin.getByTestId('staff-row').filter({ hasText: 'linus' });
    await row.waitFor();
    await row.getByText(stores[1]!.name).waitFor();
    const members = await callChannel<{ username: string; storeIds: number[] }[]>(admin, 'staff.list', {});
    const linus = members.find((member) => member.username === 'linus')!;
    expect(linus.storeIds).toEqual(
      stores
        .slice(0, 2)
        .map((chosen) => chosen.id)
        .sort((a, b) => a - b),
    );
  });

  it('resets the clerk’s password, who must change it', async () => {
    const row = admin.getByTestId('staff-row').filter({ hasText: 'linus' });
    await row.getByRole('button', { name: 'Edit Linus Till' }).click();
    const editor = admin.getByRole('dialog', { name: 'Edit Linus Till' });
    await editor.getByLabel('New password').fill(RESET_PASSWORD);
    await editor.getByRole('button', { name: 'Reset password' }).click();
    await editor.getByText('must choose a new password at their next login').waitFor();
    await editor.getByRole('button', { name: 'Close' }).first().click();
    await row.getByText('Must change password').waitFor();
  });

  it('makes the clerk choose a new password before anything else', async () => {
    clerk = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await clerk.goto(store.backroom.url);
    await new LoginPage(clerk).logIn('linus', RESET_PASSWORD);
    await clerk.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await clerk.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await clerk.getByLabel('Current password').fill(RESET_PASSWORD);
    await clerk.getByLabel('New password', { exact: true }).fill(CHOSEN_PASSWORD);
    await clerk.getByLabel('Repeat new password').fill(CHOSEN_PASSWORD);
    await clerk.getByRole('button', { name: 'Save new password' }).click();
    await clerk.getByRole('navigation', { name: 'Main' }).waitFor();
    // The clerk's menu follows the permission matrix: no Admin, no Import.
    expect(await clerk.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);
    expect(await clerk.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
  });

  it('sets a PIN, locks the screen with Ctrl+L and unlocks it with the PIN', async () => {
    await clerk.getByRole('link', { name: 'My account' }).click();
    const pinSection = clerk.getByRole('region', { name: 'PIN' });
    await pinSection.getByLabel('New PIN').fill('1234');
    await pinSection.getByLabel('Your password').fill(CHOSEN_PASSWORD);
    await pinSection.getByRole('button', { name: 'Save PIN' }).click();
    await pinSection.getByText('Too easy to guess').waitFor();
    await pinSection.getByLabel('New PIN').fill(PIN);
    await pinSection.getByRole('button', { name: 'Save PIN' }).click();
    await pinSection.getByRole('button', { name: 'Remove PIN' }).waitFor();

    await clerk.keyboard.press('Control+l');
    const lock = clerk.getByRole('dialog', { name: 'Screen locked' });
    await lock.waitFor();
    // The host refuses the locked session too, not only the screen.
    await expect(callChannel(clerk, 'orders.list', {})).rejects.toThrow(/SESSION_LOCKED/);
    await lock.getByLabel('PIN').fill('9999');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByText('Wrong PIN').waitFor();
    await lock.getByLabel('PIN').fill(PIN);
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.waitFor({ state: 'detached' });
    await clerk.getByRole('link', { name: 'Orders', exact: true }).click();
    await clerk.getByRole('heading', { name: 'Orders' }).first().waitFor();
  });
});

/** The session limits as an admin types them: a box left empty or below its minimum is pointed out, never changed. */
describe('session settings, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('refuses an emptied or too small lock delay next to its box, and saves nothing', async () => {
    const page = store.page;
    const before = await callChannel<{ lockAfterMinutes: number }>(page, 'settings.getSessions', {});
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    const sessions = page.getByRole('region', { name: 'Sessions' });
    const lockAfter = sessions.getByLabel('Lock the screen after');
    await lockAfter.fill('');
    await page.keyboard.press('Tab');
    expect(await lockAfter.inputValue()).toBe('');
    await sessions.getByRole('button', { name: 'Save session settings' }).click();
    await sessions.getByText('Enter a number of minutes').waitFor();

    await lockAfter.fill('0');
    await page.keyboard.press('Tab');
    expect(await lockAfter.inputValue()).toBe('0');
    await sessions.getByRole('button', { name: 'Save session settings' }).click();
    await sessions.getByText('Enter at least 1').waitFor();

    const after = await callChannel<{ lockAfterMinutes: number }>(page, 'settings.getSessions', {});
    expect(after.lockAfterMinutes).toBe(before.lockAfterMinutes);
  });
});

/** A refusal about one field (a username taken, a password not changed) is shown at that field, not in a box below. */
describe('refusals about one field, in a real browser', () => {
  let store: OpenStore;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('shows a username already taken, in another case, at the Username box', async () => {
    const page = store.page;
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    const form = page.getByRole('region', { name: 'Add a staff member' });
    await form.getByLabel('Name', { exact: true }).fill('Grace Again');
    await form.getByLabel('Username', { exact: true }).fill('GRACE');
    await form.getByLabel('Password', { exact: true }).fill(FIRST_PASSWORD);
    await form.getByRole('button', { name: 'Add staff member' }).click();

    const username = form.getByLabel('Username', { exact: true });
    await form.getByText('That username is already in use.').waitFor();
    expect(await descriptionOf(username)).toContain('That username is already in use.');
    expect(await form.getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.locator(':focus').getAttribute('id')).toBe(await username.getAttribute('id'));
  });

  it('shows a new password that is the current one at the New password box', async () => {
    const page = store.page;
    await page.getByRole('link', { name: 'My account' }).click();
    const form = page.getByRole('region', { name: 'Password' });
    await form.getByLabel('Current password').fill(ADMIN_PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill(ADMIN_PASSWORD);
    await form.getByLabel('Repeat new password').fill(ADMIN_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();

    await form.getByText('Must differ from the current password').waitFor();
    expect(await descriptionOf(form.getByLabel('New password', { exact: true }))).toContain(
      'Must differ from the current password',
    );
    expect(await form.getByRole('alert').count()).toBe(0);
  });

  it('gives the cursor to the password box in error on every form with one, not to the last submit’s', async () => {
    const page = store.page;
    const password = page.getByRole('region', { name: 'Password' });
    await password.getByLabel('Current password').fill('not my password');
    await password.getByLabel('New password', { exact: true }).fill(CHOSEN_PASSWORD);
    await password.getByLabel('Repeat new password').fill(CHOSEN_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expectCursorAt(password.getByLabel('Current password'));
    await password.getByLabel('Current password').fill(ADMIN_PASSWORD);
    await password.getByLabel('New password', { exact: true }).fill(ADMIN_PASSWORD);
    await password.getByLabel('Repeat new password').fill(ADMIN_PASSWORD);
    await password.getByRole('button', { name: 'Change password' }).click();
    await expectCursorAt(password.getByLabel('New password', { exact: true }));

    const pin = page.getByRole('region', { name: 'PIN' });
    await pin.getByLabel('New PIN').fill('1234');
    await pin.getByLabel('Your password').fill('not my password');
    await pin.getByRole('button', { name: 'Save PIN' }).click();
    await expectCursorAt(pin.getByLabel('New PIN'));
    await pin.getByLabel('New PIN').fill(PIN);
    await pin.getByRole('button', { name: 'Save PIN' }).click();
    await pin.getByText('Not your current password', { exact: true }).waitFor();
    await expectCursorAt(pin.getByLabel('Your password'));

    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    const create = page.getByRole('region', { name: 'Add a staff member' });
    await create.getByLabel('Name', { exact: true }).fill('Linus Till');
    await create.getByLabel('Username', { exact: true }).fill('linus');
    await create.getByLabel('Password', { exact: true }).fill('too short');
    await create.getByRole('button', { name: 'Add staff member' }).click();
    await expectCursorAt(create.getByLabel('Password', { exact: true }));
  });

  it('refuses admins resetting their own password to the one in use, at the New password box', async () => {
    const page = store.page;
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('button', { name: 'Edit Grace Hopper' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Grace Hopper' });
    const newPassword = editor.getByLabel('New password');
    await newPassword.fill(ADMIN_PASSWORD);
    await editor.getByRole('button', { name: 'Reset password' }).click();
    await editor.getByText('Must differ from the current password').waitFor();
    expect(await descriptionOf(newPassword)).toContain('Must differ from the current password');
    expect(await page.getByText('Password reset').count()).toBe(0);
    await editor.getByRole('button', { name: 'Close' }).first().click();
  });

  it('makes a member reset to their own password choose another, with the cursor at New password', async () => {
    await callChannel(store.page, 'staff.create', {
      displayName: 'Ada Clerk',
      username: 'ada',
      password: FIRST_PASSWORD,
      role: 'clerk',
    });
    const members = await callChannel<{ id: number; username: string }[]>(store.page, 'staff.list', {});
    const ada = members.find((member) => member.username === 'ada')!;
    // Another member's reset to the password they have is taken: they must choose another next.
    await callChannel(store.page, 'staff.update', { staffId: ada.id, password: FIRST_PASSWORD });

    const clerk = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    try {
      await clerk.goto(store.backroom.url);
      await new LoginPage(clerk).logIn('ada', FIRST_PASSWORD);
      await clerk.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await clerk.getByLabel('Current password').fill(FIRST_PASSWORD);
      await clerk.getByLabel('New password', { exact: true }).fill(FIRST_PASSWORD);
      await clerk.getByLabel('Repeat new password').fill(FIRST_PASSWORD);
      await clerk.getByRole('button', { name: 'Save new password' }).click();
      await clerk.getByText('Must differ from the current password').waitFor();
      await expectCursorAt(clerk.getByLabel('New password', { exact: true }));
    } finally {
      await clerk.context().close();
    }
  });
});

/** The field has the cursor (once the refusal has landed). */
async function expectCursorAt(field: Locator): Promise<void> {
  const id = await field.getAttribute('id');
  await expect.poll(() => field.page().locator(':focus').getAttribute('id')).toBe(id);
}

/** What a screen reader reads after a field's label: its error and its description. */
async function descriptionOf(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}
