import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';
import { SalesFixture } from './sales-fixture';

/** A store with its admin, a clerk (cleo) and a manager (max) logged in, and a writer of sales history. */
export interface CustomerDesk {
  t: TestBackroom;
  admin: string;
  clerk: string;
  manager: string;
  storeId: number;
  sales: SalesFixture;
}

/** Three password hashes and two logins: open one per suite, in beforeAll. */
export async function openCustomerDesk(): Promise<CustomerDesk> {
  const t = await openTestBackroom();
  const { admin, manager, clerk } = await setUpStoreTeam(t, { manager: 'max', clerk: 'cleo' });
  const { storeId, id: staffId } = admin.staff;
  return { t, admin: admin.token, clerk, manager, storeId, sales: new SalesFixture(t, storeId, staffId) };
}
