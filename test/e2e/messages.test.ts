import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNewStore, type OpenStore } from './browser-host';
import { openClerkPage } from './pages/clerk-page';
import { callChannel } from './pages/contract-seed';
import { LoginPage } from './pages/login-page';
import { MessagesPage } from './pages/messages-page';

interface ConversationRow {
  id: number;
  kind: string;
  name: string;
  storeId: number | null;
}

const MARKUP = '<img src=x onerror="window.injected=1"><script>window.injected=2</script><b>bold?</b>';

/**
 * Two people at once, each in a browser context of their own: the admin Grace and the clerk Linus.
 * What one posts reaches the other without a reload, with the unread counts; text is only ever
 * text; the @ picker; older pages above; and the thread on a product's page.
 */
describe('staff messages, in two real browsers', () => {
  let store: OpenStore;
  let grace: Page;
  let linus: Page;
  let graceMessages: MessagesPage;
  let linusMessages: MessagesPage;
  let everyone: ConversationRow;
  let storeRoom: ConversationRow;

  beforeAll(async () => {
    store = await openNewStore({ demoData: false });
    grace = store.page;
    linus = await openClerkPage(store);
    await linus.getByRole('navigation', { name: 'Main' }).waitFor();
    graceMessages = new MessagesPage(grace);
    linusMessages = new MessagesPage(linus);
    const conversations = await callChannel<ConversationRow[]>(grace, 'messages.listConversations', {});
    everyone = conversations.find((conversation) => conversation.kind === 'everyone')!;
    storeRoom = conversations.find((conversation) => conversation.kind === 'store')!;
  }, 120_000);

  afterAll(async () => {
    await linus?.context().close();
    await store?.close();
  });

  it('teaches what a conversation is for before its first message', async () => {
    await graceMessages.open();
    await graceMessages.openConversation(everyone.name);
    await grace.getByText('No messages yet: say hello, or pin a handover note for the next shift.').waitFor();
  });

  it('brings a message to the other person at once, with the unread counts, and marks it read when seen', async () => {
    await linusMessages.open();
    expect(await linusMessages.unreadOf(everyone.name)).toBe(0);

    await graceMessages.send('Delivery from the dairy at 3 pm, bay 2');
    await expect.poll(() => linusMessages.unreadOf(everyone.name)).toBe(1);
    expect(await linusMessages.unreadTotal.textContent()).toContain('1');

    await linusMessages.openConversation(everyone.name);
    await linusMessages.message('Delivery from the dairy at 3 pm, bay 2').waitFor();
    await expect.poll(() => linusMessages.unreadOf(everyone.name)).toBe(0);
    await linusMessages.unreadTotal.waitFor({ state: 'detached' });

    await linusMessages.send('On it');
    await graceMessages.message('On it').waitFor();
    expect(await graceMessages.messages.count()).toBe(2);
  });

  it('clears the unread counts in the person’s other windows once they read in one', async () => {
    const otherWindow = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await otherWindow.goto(store.backroom.url);
    await new LoginPage(otherWindow).logIn('linus', 'a clerk password here');
    const otherMessages = new MessagesPage(otherWindow);
    await otherMessages.open();

    await callChannel(grace, 'messages.post', { conversationId: storeRoom.id, body: 'Bread delivery is late' });
    await expect.poll(() => otherMessages.unreadOf(storeRoom.name)).toBe(1);
    await linusMessages.openConversation(storeRoom.name);
    await linusMessages.message('Bread delivery is late').waitFor();

    await expect.poll(() => otherMessages.unreadOf(storeRoom.name)).toBe(0);
    await otherMessages.unreadTotal.waitFor({ state: 'detached' });
    await otherWindow.context().close();
    await linusMessages.openConversation(everyone.name);
  });

  it('shows markup in a message as the very text that was typed', async () => {
    await graceMessages.send(MARKUP);
    const shown = linusMessages.message('bold?').getByTestId('message-text');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(MARKUP);
    expect(await linusMessages.log.locator('b, img, script').count()).toBe(0);
    expect(await linus.evaluate('window.injected')).toBeUndefined();
  });

  it('keeps Send off for a message of invisible characters only, as for a blank one', async () => {
    const before = await graceMessages.messages.count();
    const invisible = '\u200B\u00A0\u200D\u2060';
    await graceMessages.composer.fill(invisible);
    expect(await grace.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(true);
    await graceMessages.composer.press('Enter');
    expect(await graceMessages.composer.inputValue()).toBe(invisible);

    await graceMessages.composer.fill('');
    await graceMessages.send('Visible again');
    expect(await graceMessages.messages.count()).toBe(before + 1);
  });

  it('offers the people of the conversation after an @, picked with the arrow keys and Enter', async () => {
    await linusMessages.composer.click();
    await linus.keyboard.type('Thanks @gr');
    await linusMessages.mentionPicker.getByRole('option', { name: /Grace Hopper/ }).waitFor();
    await linus.keyboard.press('ArrowDown');
    await linus.keyboard.press('ArrowUp');
    await linus.keyboard.press('Enter');
    await expect.poll(() => linusMessages.composer.inputValue()).toBe('Thanks @grace ');
    await linus.keyboard.type('the fridge is fixed');
    await linus.keyboard.press('Enter');

    const mentioning = graceMessages.message('the fridge is fixed');
    await mentioning.waitFor();
    expect(await mentioning.getByTestId('message-text').textContent()).toBe('Thanks @grace the fridge is fixed');
    await mentioning.locator('span', { hasText: '@grace' }).waitFor();
    expect(await linusMessages.composer.inputValue()).toBe('');
  });

  it('pins a handover note, and edits and deletes one’s own message, for both to see', async () => {
    await graceMessages.action('Delivery from the dairy', 'Pin');
    const pinned = linus.getByRole('region', { name: 'Pinned messages' });
    await pinned.getByText('Delivery from the dairy at 3 pm, bay 2').waitFor();

    await linusMessages.action('On it', 'Edit');
    const editor = linus.getByRole('textbox', { name: 'Edit message' });
    await editor.fill('On it, with two pallets');
    await editor.press('Enter');
    await graceMessages.message('On it, with two pallets').getByText('edited', { exact: false }).waitFor();

    await linusMessages.action('On it, with two pallets', 'Delete');
    await linus
      .getByRole('dialog', { name: 'Delete this message?' })
      .getByRole('button', { name: 'Delete message' })
      .click();
    await graceMessages.messages.getByText('Message deleted').waitFor();
    expect(await graceMessages.message('two pallets').count()).toBe(0);

    await pinned.getByRole('button', { name: 'Unpin' }).click();
    await grace.getByRole('region', { name: 'Pinned messages' }).waitFor({ state: 'detached' });
  });

  it('finds a message by its words and opens its conversation', async () => {
    await linusMessages.openConversation(storeRoom.name);
    await linus.getByRole('textbox', { name: 'Search messages' }).fill('dairy');
    const results = linus.getByRole('list', { name: 'Search results' });
    await results.getByText('Delivery from the dairy at 3 pm, bay 2').click();
    await linus.getByRole('heading', { name: everyone.name, exact: true }).waitFor();
    expect(await linus.getByRole('textbox', { name: 'Search messages' }).inputValue()).toBe('');
  });

  it('opens a direct conversation from a clerk, which reaches the other person at once', async () => {
    await linus.getByRole('button', { name: 'New direct message' }).click();
    const dialog = linus.getByRole('dialog', { name: 'New direct message' });
    await dialog.getByLabel('Person').fill('Gra');
    await linus.getByRole('option', { name: /Grace Hopper/ }).click();
    await dialog.getByRole('button', { name: 'Open conversation' }).click();
    await linus.getByRole('heading', { name: 'Grace Hopper', exact: true }).waitFor();
    await linusMessages.send('Can I swap my Sunday shift?');

    await expect.poll(() => graceMessages.unreadOf('Linus Till')).toBe(1);
    await graceMessages.openConversation('Linus Till');
    await graceMessages.message('Can I swap my Sunday shift?').waitFor();
  });

  it('loads older messages as the conversation scrolls up', async () => {
    await grace.getByRole('button', { name: 'New room' }).click();
    const dialog = grace.getByRole('dialog', { name: 'New room' });
    await dialog.getByLabel('Room name').fill('Stockroom');
    await dialog.getByLabel('Members').fill('lin');
    await grace.getByRole('option', { name: /Linus Till/ }).click();
    // Leaving the members box closes its list, which covers the buttons.
    await dialog.getByLabel('Room name').click();
    await dialog.getByRole('button', { name: 'Create room' }).click();
    await grace.getByRole('heading', { name: 'Stockroom', exact: true }).waitFor();
    const rooms = await callChannel<ConversationRow[]>(grace, 'messages.listConversations', {});
    const room = rooms.find((conversation) => conversation.name === 'Stockroom')!;
    for (let note = 1; note <= 120; note += 1) {
      await callChannel(grace, 'messages.post', { conversationId: room.id, body: `Shelf note ${note}` });
    }
    await linusMessages.openConversation('Stockroom');
    await linusMessages.message('Shelf note 120').waitFor();
    expect(await linusMessages.messages.count()).toBe(50);

    await linusMessages.log.hover();
    await linus.mouse.wheel(0, -20_000);
    await expect.poll(() => linusMessages.messages.count()).toBe(100);
    await linus.mouse.wheel(0, -20_000);
    await expect.poll(() => linusMessages.messages.count()).toBe(120);
    await linusMessages.log.getByText('The start of the conversation').waitFor();
    // Loading above keeps what was being read in place: the oldest of the previous page is still in view.
    const shown = (await linusMessages.message('Shelf note 21').boundingBox())!;
    const view = (await linusMessages.log.locator('..').boundingBox())!;
    expect(shown.y + shown.height).toBeGreaterThan(view.y);
    expect(shown.y).toBeLessThan(view.y + view.height);
  });

  it('keeps a thread on a product page, posted to the store’s room with a link back', async () => {
    const product = await callChannel<{ id: number; name: string }>(grace, 'products.create', {
      sku: 'OAT-1L',
      name: 'Oat milk 1 l',
      priceCents: 249,
      costCents: 120,
      taxRateBp: 0,
      reorderPoint: 0,
      reorderQty: 0,
      allowBackorder: false,
      attributes: {},
    });
    await linusMessages.openConversation(storeRoom.name);

    await grace.goto(`${new URL(store.backroom.url).origin}/#/inventory/products/${product.id}`);
    const thread = grace.getByRole('region', { name: 'Messages about this product' });
    await thread.getByText('Nothing said about this product yet', { exact: false }).waitFor();
    await thread.getByRole('textbox', { name: 'Message about this product' }).fill('Check the expiry dates');
    await thread.getByRole('textbox', { name: 'Message about this product' }).press('Enter');
    await thread.getByRole('article').filter({ hasText: 'Check the expiry dates' }).waitFor();

    const arrived = linusMessages.message('Check the expiry dates');
    await arrived.waitFor();
    await arrived.getByRole('link', { name: 'Product: Oat milk 1 l' }).click();
    const linusThread = linus.getByRole('region', { name: 'Messages about this product' });
    await linusThread.getByRole('article').filter({ hasText: 'Check the expiry dates' }).waitFor();
  });

  it('shows nothing of what arrives behind a locked screen, and brings it in with its counts once unlocked', async () => {
    await linusMessages.open();
    await linusMessages.openConversation(storeRoom.name);
    await graceMessages.open();
    await graceMessages.openConversation(everyone.name);
    await grace.keyboard.press('Control+l');
    const lock = grace.getByRole('dialog', { name: 'Screen locked' });
    await lock.getByLabel('Password').waitFor();

    await callChannel(linus, 'messages.post', { conversationId: everyone.id, body: 'Till float is in the blue bag' });
    await callChannel(linus, 'messages.post', { conversationId: storeRoom.id, body: 'Safe code changes at noon' });
    // Delivered to Linus's own screen, so it has reached Grace's window too by now.
    await linusMessages.message('Safe code changes at noon').waitFor();
    for (const hidden of ['Till float is in the blue bag', 'Safe code changes at noon'])
      expect(await grace.getByText(hidden).count()).toBe(0);
    expect(await graceMessages.unreadTotal.count()).toBe(0);

    await lock.getByLabel('Password').fill('a long store password');
    await lock.getByLabel('Password').press('Enter');
    await lock.waitFor({ state: 'detached' });
    // The open conversation's message comes in and is read; the other room counts its one.
    await graceMessages.message('Till float is in the blue bag').waitFor();
    await expect.poll(() => graceMessages.unreadOf(everyone.name)).toBe(0);
    await expect.poll(() => graceMessages.unreadOf(storeRoom.name)).toBe(1);
    expect(await graceMessages.unreadTotal.textContent()).toContain('1');
  });
});
