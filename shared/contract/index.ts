import type { z } from 'zod';
import { analyticsChannels } from './analytics';
import { auditChannels } from './audit';
import { backupsChannels } from './backups';
import { backupsOffsiteChannels } from './backups-offsite';
import { catalogChannels } from './catalog';
import { customersChannels } from './customers';
import { demoChannels } from './demo';
import { exportsChannels } from './exports';
import { filesChannels } from './files';
import { importsChannels } from './imports';
import { jobsChannels } from './jobs';
import { messagesChannels } from './messages';
import { ordersChannels } from './orders';
import { purchasingChannels } from './purchasing';
import { queryLabChannels } from './query-lab';
import { recommendationsChannels } from './recommendations';
import { authChannels, sessionSettingsChannels, setupChannels, staffChannels } from './session';
import { stockChannels } from './stock';
import { storesChannels } from './stores';
import { syncChannels } from './sync';

/** Every channel of Backroom, by name. Transports and the dispatcher know nothing else. */
export const contract = {
  ...setupChannels,
  ...authChannels,
  ...staffChannels,
  ...sessionSettingsChannels,
  ...storesChannels,
  ...catalogChannels,
  ...stockChannels,
  ...purchasingChannels,
  ...customersChannels,
  ...ordersChannels,
  ...demoChannels,
  ...jobsChannels,
  ...exportsChannels,
  ...filesChannels,
  ...importsChannels,
  ...queryLabChannels,
  ...analyticsChannels,
  ...auditChannels,
  ...messagesChannels,
  ...backupsChannels,
  ...backupsOffsiteChannels,
  ...syncChannels,
  ...recommendationsChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<N extends ChannelName> = z.input<Contract[N]['input']>;
export type ChannelOutput<N extends ChannelName> = z.output<Contract[N]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './analytics';
export * from './audit';
export * from './backups';
export * from './backups-offsite';
export * from './catalog';
export * from './customers';
export * from './demo';
export * from './exports';
export * from './files';
export * from './imports';
export * from './jobs';
export * from './messages';
export * from './orders';
export * from './purchasing';
export * from './query-lab';
export * from './recommendations';
export * from './stock';
export * from './stores';
export * from './sync';
export * from './session';
export * from './channel';
