import type { DataSource } from 'typeorm';
import { openDatabase, sqliteOf } from '../../database/data-source';
import { handlers } from '../handlers';
import { syncAttributeIndexes } from '../services/catalog/attribute-indexes';
import { systemClock, type Clock } from './clock';
import { defaultHostSettings, type HostSettings } from './context';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { SessionStore } from './sessions';

export interface Backroom {
  dispatcher: Dispatcher;
  events: EventBus;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface BackroomOptions {
  databasePath: string;
  clock?: Clock;
  idleMinutes?: number;
  settings?: Partial<HostSettings>;
}

/** Opens the data file (creating and migrating it) and wires the dispatcher every transport shares. */
export async function openBackroom(options: BackroomOptions): Promise<Backroom> {
  const dataSource = await openDatabase(options.databasePath);
  // Indexes on category-declared product attributes live outside the migrations; make sure they match.
  syncAttributeIndexes(sqliteOf(dataSource));
  const clock = options.clock ?? systemClock;
  const events = new EventBus();
  const dispatcher = createDispatcher({
    dataSource,
    handlers,
    events,
    clock,
    sessions: new SessionStore(clock, options.idleMinutes ?? 30),
    settings: { ...defaultHostSettings, ...options.settings },
  });
  return {
    dispatcher,
    events,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
