import { openTestBackroom, setUpStore, staffSession, type TestBackroom } from '../../helpers/backroom';
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
  const session = await setUpStore(t);
  const clerk = await staffSession(t, session.token, 'clerk', 'cleo');
  const manager = await staffSession(t, session.token, 'manager', 'max');
  const { storeId, id: staffId } = session.staff;
  return { t, admin: session.token, clerk, manager, storeId, sales: new SalesFixture(t, storeId, staffId) };
}
