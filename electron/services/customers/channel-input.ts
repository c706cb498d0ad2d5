import type { z } from 'zod';
import type { customersChannels } from '../../../shared/contract/customers';

type CustomersChannels = typeof customersChannels;

/** A customers channel's input as the handler receives it: parsed, defaults filled in. */
export type CustomersInput<N extends keyof CustomersChannels> = z.output<CustomersChannels[N]['input']>;
