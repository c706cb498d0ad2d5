import type { Envelope } from '../../shared/errors';
import type { Clock } from '../host/clock';
import type { Dispatcher } from '../host/dispatcher';
import type { EventSink } from '../host/events';
import { restoreControl, type RestoreControl } from './restore-control';

/** What the app opens on its database file: the dispatcher transports call, and how to close it all. */
export interface OpenCore {
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

const RESTORING: Envelope<never> = {
  ok: false,
  error: { code: 'CONFLICT', message: 'Backroom is restoring a backup and will be back in a moment.' },
};

/** Answers every call while the database is swapped out. */
const restoringDispatcher: Dispatcher = { invoke: () => Promise.resolve(RESTORING) };

/**
 * Opens the app on its database in an object the transports keep for good. A restore from inside
 * the app closes what `open` built (schedules, jobs, reader threads, the connection), refusing
 * calls meanwhile, and opens it again on the restored file, into the same object: the transports
 * read `dispatcher` on every call, so they reach the reopened app without knowing it changed.
 * Sessions and push events belong to the caller and outlast the swap.
 */
export async function openLiveBackroom<Core extends OpenCore>(
  deps: { databasePath: string; events: EventSink; clock: Clock },
  open: (restore: RestoreControl) => Promise<Core>,
): Promise<Core> {
  const holder = {} as Core;
  let current: Core;
  const restore = restoreControl({
    events: deps.events,
    clock: deps.clock,
    live: {
      databasePath: deps.databasePath,
      async release() {
        holder.dispatcher = restoringDispatcher;
        await current.close();
      },
      async reopen() {
        current = await open(restore);
        Object.assign(holder, current);
      },
    },
  });
  current = await open(restore);
  return Object.assign(holder, current);
}
