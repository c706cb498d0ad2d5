import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/locate';
import type { CopyBatch } from './copy-batch';
import type { PendingChange } from './outbox-reader';
import type { RecordBuildReply, RecordBuildRequest } from './record-thread';

/**
 * The push's side of a record thread (electron/sync/record-thread.ts): hands it claimed changes
 * and receives them as a batch ready for head office. A thread that stops fails every build still waiting.
 */
export class RecordThread {
  private readonly waiting = new Map<number, { resolve: (batch: CopyBatch) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: RecordBuildReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.batch);
      else waiter.reject(new Error(reply.message));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`The sync's record thread stopped (exit code ${code}).`)));
  }

  static start(databasePath: string): RecordThread {
    return new RecordThread(startWorker({ role: 'sync-records', databasePath }));
  }

  build(sourceUid: string, rows: PendingChange[]): Promise<CopyBatch> {
    if (this.failure) return Promise.reject(this.failure);
    const request: RecordBuildRequest = { id: this.nextId++, sourceUid, rows };
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error("The sync's record thread was closed.");
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(this.failure);
    this.waiting.clear();
  }
}
