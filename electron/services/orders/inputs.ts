import type { z } from 'zod';
import type { ordersChannels } from '../../../shared/contract/orders';
import type { Actor } from '../../host/sessions';

type Orders = typeof ordersChannels;

/** A sales channel's input as its handler receives it: parsed, defaults filled in. */
export type OrdersInput<N extends keyof Orders> = z.output<Orders[N]['input']>;

export type PaymentInput = OrdersInput<'orders.place'>['payments'][number];

/** Who is acting, with what role, in which store. */
export type SalesActor = Pick<Actor, 'staffId' | 'role' | 'storeId'>;
