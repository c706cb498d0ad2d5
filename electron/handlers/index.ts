import type { HandlerRegistry } from '../host/context';
import { analyticsHandlers } from './analytics';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { backupsOffsiteHandlers } from './backups-offsite';
import { authHandlers } from './auth';
import { catalogHandlers } from './catalog';
import { customersHandlers } from './customers';
import { demoHandlers } from './demo';
import { exportsHandlers } from './exports';
import { filesHandlers } from './files';
import { importsHandlers } from './imports';
import { jobsHandlers } from './jobs';
import { messagesHandlers } from './messages';
import { ordersHandlers } from './orders';
import { purchasingHandlers } from './purchasing';
import { queryLabHandlers } from './query-lab';
import { recommendationsHandlers } from './recommendations';
import { setupHandlers } from './setup';
import { staffHandlers } from './staff';
import { stockHandlers } from './stock';
import { storesHandlers } from './stores';
import { syncHandlers } from './sync';

/** Every channel's handler. Each domain file exports its slice; the type makes a missing one a compile error. */
export const handlers: HandlerRegistry = {
  ...setupHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...storesHandlers,
  ...catalogHandlers,
  ...stockHandlers,
  ...purchasingHandlers,
  ...customersHandlers,
  ...ordersHandlers,
  ...demoHandlers,
  ...jobsHandlers,
  ...exportsHandlers,
  ...filesHandlers,
  ...importsHandlers,
  ...queryLabHandlers,
  ...analyticsHandlers,
  ...auditHandlers,
  ...messagesHandlers,
  ...backupsHandlers,
  ...backupsOffsiteHandlers,
  ...syncHandlers,
  ...recommendationsHandlers,
};
