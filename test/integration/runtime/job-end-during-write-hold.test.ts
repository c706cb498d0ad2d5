import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import type { EventPayload } from '../../../shared/events';
import { EventBus } from '../../../electron/host/events';
import { SerialQueue } from '../../../electron/host/serial';
import type { Actor } from '../../../electron/host/sessions';
import { JobRunner } from '../../../electron/jobs/runner';
import type { JobCommand, JobReport } from '../../../electron/workers/job';
import type * as Locate from '../../../electron/workers/locate';
import { TestClock } from '../../helpers/clock';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

/**
 * A job thread the test drives by hand: it reports when told to, so the moment a job ends is the
 * test's to choose rather than a race with a real thread.
 */
class HandDrivenThread extends EventEmitter {
  started: JobCommand | null = null;
  postMessage(command: JobCommand): void {
    if (command.type === 'start') this.started = command;
  }
  report(report: JobReport): void {
    this.emit('message', report);
  }
  terminate(): Promise<number> {
    this.emit('exit', 1);
    return Promise.resolve(1);
  }
}

const threads = vi.hoisted(() => [] as unknown[]);

vi.mock('../../../electron/workers/locate', async (importOriginal) => ({
  ...(await importOriginal<typeof Locate>()),
  startWorker: () => {
    const thread = new HandDrivenThread();
    threads.push(thread);
    return thread;
  },
}));

describe('a job that ends while a write job holds the file', () => {
  let db: TempDatabase;
  let runner: JobRunner;
  let queue: SerialQueue;
  let events: EventBus;
  let actor: Actor;

  beforeAll(async () => {
    db = await openTempDatabase();
    const sql = sqliteOf(db.dataSource);
    const store = Number(
      sql.prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, 'ONE', 'One')`).run(newUid())
        .lastInsertRowid,
    );
    const staffId = Number(
      sql
        .prepare(
          `INSERT INTO "staff_members" ("uid", "store_id", "username", "display_name", "password_hash", "role") VALUES (?, ?, 'ada', 'Ada', 'x', 'admin')`,
        )
        .run(newUid(), store).lastInsertRowid,
    );
    actor = { staffId, role: 'admin', storeId: store, sessionToken: '' };
    queue = new SerialQueue();
    events = new EventBus();
    runner = new JobRunner({ databasePath: db.path, sql, queue, events, clock: new TestClock() });
  });
  afterAll(async () => {
    await runner?.close();
    await db?.dispose();
  });

  const launched = async () => {
    // A job's thread starts in the queue's next turn, behind the call that started it.
    await queue.run(async () => undefined);
    return threads.at(-1) as HandDrivenThread;
  };

  const jobRow = (id: number) =>
    sqliteOf(db.dataSource).prepare(`SELECT "status", "result" FROM "jobs" WHERE "id" = ?`).get(id) as {
      status: string;
      result: string | null;
    };

  it('waits for the file without blocking the main thread, then records how it ended', async () => {
    const exportId = runner.start('export', {}, actor);
    const exportThread = await launched();
    const importId = runner.start('import', {}, actor);
    const importThread = await launched();
    expect(importThread.started).toMatchObject({ type: 'start', kind: 'import' });
    // What the import's thread does first thing: take the write lock, on its own connection.
    const importConnection = new Database(db.path);
    importConnection.exec('BEGIN IMMEDIATE');

    const finished: number[] = [];
    events.subscribe((event) => {
      if (event.name === 'job.finished') finished.push((event.payload as EventPayload<'job.finished'>).jobId);
    });
    const exportEnded = runner.whenEnded(exportId);
    const importEnded = runner.whenEnded(importId);
    exportThread.report({ type: 'succeeded', result: { rows: 42 } });
    // Writing the end now would wait in SQLite's busy timeout (5 s) on this thread, then fail.
    const started = performance.now();
    await queue.run(async () => undefined);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(jobRow(exportId).status).toBe('running');
    expect(finished).toEqual([]);

    importConnection.exec('COMMIT');
    importConnection.close();
    importThread.report({ type: 'succeeded', result: { imported: 7 } });
    await Promise.all([importEnded, exportEnded]);

    expect(jobRow(exportId)).toEqual({ status: 'succeeded', result: JSON.stringify({ rows: 42 }) });
    expect(jobRow(importId)).toEqual({ status: 'succeeded', result: JSON.stringify({ imported: 7 }) });
    expect(finished.sort()).toEqual([exportId, importId].sort());
  });
});
