import type { Page } from 'playwright-core';
import type { OpenStore } from '../browser-host';
import { callChannel } from './contract-seed';
import { LoginPage } from './login-page';

/**
 * A clerk made by the store's admin, logged in on a page of its own: a browser context of its own,
 * so its own session beside the admin's, with the same run key. Close it with `page.context().close()`.
 */
export async function openClerkPage(store: OpenStore): Promise<Page> {
  await callChannel(store.page, 'staff.create', {
    displayName: 'Linus Till',
    username: 'linus',
    password: 'a clerk password here',
    role: 'clerk',
  });
  const clerkPage = await store.browser.newPage({ viewport: { width: 1360, height: 900 } });
  await clerkPage.goto(store.backroom.url);
  await new LoginPage(clerkPage).logIn('linus', 'a clerk password here');
  return clerkPage;
}
