import { randomUUID } from 'node:crypto';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { ADMIN } from '../../helpers/backroom';
import { CLERK_LOGIN, MANAGER_LOGIN, type SalesFixture } from './sales-fixture';

type CartLine = ChannelInput<'orders.place'>['lines'][number];

/** An order a random sequence placed, with the status it last moved it to. */
export interface TrackedOrder {
  id: number;
  status: string;
}

/** The `pick`-th item of `list`, counting round and round; undefined when the list is empty. */
export const nth = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length === 0 ? undefined : list[pick % list.length];

/** As the clerk: a sale paid by card at the till, or a phone order saved pending to be paid later. */
export async function sellPaidOrPending(
  f: SalesFixture,
  lines: CartLine[],
  options: { customerId: number | undefined; pending: boolean },
): Promise<ChannelOutput<'orders.place'>> {
  const { customerId, pending } = options;
  if (!pending) return f.sell(f.tokens.clerk, lines, { customerId });
  return f.t.ok(
    'orders.place',
    {
      idempotencyKey: randomUUID(),
      channel: 'phone',
      lines,
      customerId,
      expectedTotalCents: await f.total(f.tokens.clerk, lines, { customerId }),
      savePending: true,
    },
    f.tokens.clerk,
  );
}

/** As the clerk, pays the `pick`-th pending order its whole total by card (free ones with no payment); none pending, nothing. */
export async function payPickedPendingOrder(f: SalesFixture, orders: TrackedOrder[], pick: number): Promise<void> {
  const order = nth(
    orders.filter((o) => o.status === 'pending'),
    pick,
  );
  if (!order) return;
  const detail = await f.t.ok('orders.get', { id: order.id }, f.tokens.clerk);
  const payments = detail.totalCents === 0 ? [] : [{ method: 'card' as const, amountCents: detail.totalCents }];
  await f.t.ok('orders.transition', { id: order.id, to: 'paid', payments }, f.tokens.clerk);
  order.status = 'paid';
}

/** As the manager, cancels the `pick`-th order still pending or paid; none left, nothing. */
export async function cancelPickedOpenOrder(f: SalesFixture, orders: TrackedOrder[], pick: number): Promise<void> {
  const order = nth(
    orders.filter((o) => o.status === 'pending' || o.status === 'paid'),
    pick,
  );
  if (!order) return;
  await f.t.ok('orders.transition', { id: order.id, to: 'cancelled' }, f.tokens.manager);
  order.status = 'cancelled';
}

/** Logs the admin, manager and clerk in afresh, so every session is alive however far earlier steps moved the clock. */
export async function logInEveryoneAgain(f: SalesFixture): Promise<void> {
  f.tokens.admin = (await f.t.ok('auth.login', ADMIN)).token;
  f.tokens.manager = (await f.t.ok('auth.login', MANAGER_LOGIN)).token;
  f.tokens.clerk = (await f.t.ok('auth.login', CLERK_LOGIN)).token;
}
