import type { Locator, Page } from 'playwright-core';

export interface CustomerDetails {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
}

/** The customers list, the new-customer form and a customer's profile with its edit dialog. */
export class CustomersPage {
  constructor(private readonly page: Page) {}

  get results(): Locator {
    return this.page.getByRole('table', { name: 'Customers' }).getByRole('link');
  }

  get profileHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  get editDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Edit customer' });
  }

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await this.page.getByLabel('Search customers').waitFor();
  }

  /** "n" opens the form from the list, as the shortcut shown on the button says. */
  async openNew() {
    await this.page.keyboard.press('n');
    await this.page.getByRole('heading', { name: 'New customer' }).waitFor();
  }

  async create(customer: CustomerDetails) {
    await this.openNew();
    await this.fillForm(this.page, customer);
    await this.page.getByRole('button', { name: 'Create customer' }).click();
  }

  /** "/" puts the cursor in the search box from anywhere on the list. */
  async search(text: string) {
    await this.page.keyboard.press('/');
    await this.page.keyboard.type(text);
  }

  async openProfile(name: string) {
    await this.results.filter({ hasText: name }).first().click();
    await this.profileHeading.filter({ hasText: name }).waitFor();
  }

  async edit(changes: Partial<CustomerDetails>) {
    await this.page.getByRole('button', { name: 'Edit' }).click();
    await this.fillForm(this.editDialog, changes);
    await this.editDialog.getByRole('button', { name: 'Save changes' }).click();
  }

  async closeEdit() {
    await this.editDialog.getByRole('button', { name: 'Cancel' }).click();
    await this.editDialog.waitFor({ state: 'hidden' });
  }

  /** The message shown under a form field (Mantine ties it to the input with aria-describedby). */
  async fieldError(label: string): Promise<string> {
    const input = this.editDialog.getByLabel(label);
    const described = (await input.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error'));
    if (!errorId) return '';
    return (await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '';
  }

  async fillForm(scope: Page | Locator, customer: Partial<CustomerDetails>) {
    const fields: [keyof CustomerDetails, string][] = [
      ['firstName', 'First name'],
      ['lastName', 'Last name'],
      ['email', 'Email'],
      ['phone', 'Phone'],
    ];
    for (const [key, label] of fields) {
      const value = customer[key];
      if (value !== undefined) await scope.getByLabel(label).fill(value);
    }
  }
}
