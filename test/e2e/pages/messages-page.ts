import type { Locator, Page } from 'playwright-core';

/** The messages screen: conversations on the left, the open one (its log and composer) on the right. */
export class MessagesPage {
  constructor(private readonly page: Page) {}

  get mainNavEntry(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ });
  }

  /** The total beside the sidebar's Messages entry (absent when nothing is unread). */
  get unreadTotal(): Locator {
    return this.page.getByTestId('messages-unread-total');
  }

  get conversations(): Locator {
    return this.page.getByRole('navigation', { name: 'Conversations' });
  }

  get log(): Locator {
    return this.page.getByRole('log', { name: 'Messages' });
  }

  get messages(): Locator {
    return this.log.getByRole('article');
  }

  get composer(): Locator {
    return this.page.getByRole('textbox', { name: 'Message', exact: true });
  }

  get mentionPicker(): Locator {
    return this.page.getByRole('listbox', { name: 'People to mention' });
  }

  async open() {
    await this.mainNavEntry.click();
    await this.page.getByRole('textbox', { name: 'Search messages' }).waitFor();
  }

  conversation(name: string): Locator {
    return this.conversations.getByRole('button', { name: new RegExp(`^${escape(name)}`) });
  }

  /** The unread count shown on one conversation now, 0 when it shows none (read without waiting: it may go at any time). */
  async unreadOf(name: string): Promise<number> {
    const [shown] = await this.conversation(name).getByTestId('unread-badge').allTextContents();
    return shown === undefined ? 0 : Number.parseInt(shown, 10);
  }

  async openConversation(name: string) {
    await this.conversation(name).click();
    await this.page.getByRole('heading', { name, exact: true }).waitFor();
  }

  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** Chooses one of a message's actions (Pin, Unpin, Edit, Delete) from its menu. */
  async action(text: string, action: string) {
    await this.message(text).last().getByRole('button', { name: 'Message actions' }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Types into the composer as a person would and sends with Enter. */
  async send(text: string) {
    await this.composer.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.message(text).last().waitFor();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
