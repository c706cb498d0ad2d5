import { dirname, join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase, sqliteOf } from '../../database/data-source';
import { openLiveBackroom } from '../backup/live-backroom';
import type { RestoreControl } from '../backup/restore-control';
import { startBackupSchedule } from '../backup/schedule';
import { startOffsiteSchedule } from '../backup/offsite/offsite-schedule';
import { hqUrlStore } from '../sync/hq-url-store';
import { startSyncSchedule } from '../sync/schedule';
import type { SecretBox } from '../sync/secret-box';
import { FileArea, STALE_FILE_MS } from '../files/file-area';
import { handlers } from '../handlers';
import { JobRunner } from '../jobs/runner';
import { applySessionSettings } from '../services/auth/session-settings';
import { syncAttributeIndexes } from '../services/catalog/attribute-indexes';
import { systemClock, type Clock } from './clock';
import { defaultHostSettings, type HostSettings } from './context';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { EventBus } from './events';
import { ReadPool } from './read-pool';
import { SerialQueue } from './serial';
import { SessionStore } from './sessions';

export interface Backroom {
  dispatcher: Dispatcher;
  events: EventBus;
  sessions: SessionStore;
  dataSource: DataSource;
  /** Reader threads for long reads. */
  readers: ReadPool;
  jobs: JobRunner;
  /** Uploads and outputs, in a `files` folder beside the database file. */
  files: FileArea;
  close(): Promise<void>;
}

export interface BackroomOptions {
  databasePath: string;
  clock?: Clock;
  idleMinutes?: number;
  settings?: Partial<HostSettings>;
  /** Encrypts head office's address when an admin saves it; the desktop app passes Electron's safeStorage. */
  secretBox?: SecretBox;
}

/**
 * Opens the data file (creating and migrating it) and wires the dispatcher every transport shares.
 * Sessions and push events outlast a restore from inside the app, which reopens the rest on the
 * restored file (electron/backup/live-backroom.ts).
 */
export async function openBackroom(options: BackroomOptions): Promise<Backroom> {
  const clock = options.clock ?? systemClock;
  const settings = { ...defaultHostSettings, ...options.settings };
  const sessions = new SessionStore(clock, options.idleMinutes ?? 30, settings.sessionLifetimeHours);
  const events = new EventBus((token) => sessions.peek(token));
  // Whatever ends a session tells its screens, which then close what they held open.
  sessions.onEnd((sessionToken) => events.emit('session.expired', {}, { sessionToken }));
  return openLiveBackroom({ databasePath: options.databasePath, events, clock }, (restore) =>
    openCore(options, { clock, settings, sessions, events, restore }),
  );
}

interface SharedCore {
  clock: Clock;
  settings: HostSettings;
  sessions: SessionStore;
  events: EventBus;
  restore: RestoreControl;
}

async function openCore(options: BackroomOptions, shared: SharedCore): Promise<Backroom> {
  const { clock, settings, sessions, events } = shared;
  const dataSource = await openDatabase(options.databasePath);
  // Indexes on category-declared product attributes live outside the migrations; make sure they match.
  syncAttributeIndexes(sqliteOf(dataSource));
  // Limits an admin set (settings.setSessions) outlast a restart (and a restore brings its own).
  applySessionSettings(sqliteOf(dataSource), sessions);
  // One queue for the main connection, shared by the dispatcher and the job runner's own records.
  const queue = new SerialQueue();
  const readers = new ReadPool({ databasePath: options.databasePath });
  const jobs = new JobRunner({ databasePath: options.databasePath, sql: sqliteOf(dataSource), queue, events, clock });
  jobs.failInterrupted();
  // Every N hours, once an admin has chosen a backup folder (electron/backup/schedule.ts).
  const backupSchedule = startBackupSchedule({ sql: sqliteOf(dataSource), jobs, clock, queue });
  // Verified backups on to the S3 bucket, when one is set up, retried with back-off (electron/backup/offsite/).
  const offsite = startOffsiteSchedule({
    sql: sqliteOf(dataSource),
    databasePath: options.databasePath,
    jobs,
    clock,
    queue,
  });
  // BACKROOM_HQ_URL, else the address an admin saved; without safe storage, only the variable.
  const hqUrls = hqUrlStore({ directory: dirname(options.databasePath), secretBox: options.secretBox });
  // Every few minutes, while head office is set up and sync is on (electron/sync/schedule.ts).
  const syncSchedule = startSyncSchedule({ sql: sqliteOf(dataSource), jobs, clock, queue, hqUrls });
  const files = new FileArea(join(dirname(options.databasePath), 'files'), clock, {
    maxUploadBytes: settings.maxUploadBytes,
  });
  // Whatever an earlier run left (abandoned uploads, outputs long downloaded) goes at startup.
  files.sweep(STALE_FILE_MS);
  const dispatcher = createDispatcher({
    dataSource,
    handlers,
    events,
    clock,
    sessions,
    settings,
    readers,
    queue,
    jobs,
    fileHolds: jobs,
    files,
    restore: shared.restore,
    hqUrls,
  });
  return {
    dispatcher,
    events,
    sessions,
    dataSource,
    readers,
    jobs,
    files,
    async close() {
      backupSchedule.stop();
      offsite.stop();
      syncSchedule.stop();
      await jobs.close();
      await readers.close();
      // Behind the calls already queued (a restore closes the app while it runs), so none finds the connection gone.
      await queue.run(async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      });
    },
  };
}
