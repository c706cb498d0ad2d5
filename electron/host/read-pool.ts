import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/locate';
import { fromThreadError, type ReadReply, type ReadTask } from '../workers/protocol';
import type { Actor } from './sessions';

/** A read stopped by the pool: the pool closed under it. */
export class ReadStoppedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadStoppedError';
  }
}

export interface ReadPoolOptions {
  databasePath: string;
  /** Reader threads at most; by default one per core beyond the main thread's, one to two. */
  size?: number;
}

interface PendingRead {
  id: number;
  task: ReadTask;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  current: PendingRead | null;
}

/**
 * Reader threads, each with its own read-only connection to the data file, for reads that can
 * take long. Reads wait their turn for a free thread; threads start on first use. The pool sets
 * no time limit: ending a thread does not stop a SQLite statement it is running (the statement
 * burns on until it returns), so only the product's own reads, which end, run here. SQL that may
 * run away (the query lab's) runs in a child process that can be killed.
 */
export class ReadPool {
  readonly size: number;
  private readonly readers: Reader[] = [];
  private readonly waiting: PendingRead[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: ReadPoolOptions) {
    this.size = options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1));
  }

  /** A channel's handler, already admitted by the dispatcher, answered on a reader thread at `now`. */
  runChannel(channel: string, input: unknown, actor: Actor | null, now: Date): Promise<unknown> {
    return this.submit({ kind: 'channel', channel, input, actor, now: now.toISOString() });
  }

  /** One read-only SQL statement's rows. */
  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.submit({ kind: 'query', sql, params: [...params] }) as Promise<T[]>;
  }

  /** Threads running now (for tests and diagnostics). */
  get threads(): number {
    return this.readers.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new ReadStoppedError('Backroom is closing.'));
    const readers = this.readers.splice(0);
    for (const reader of readers) this.settle(reader)?.reject(new ReadStoppedError('Backroom is closing.'));
    await Promise.all(readers.map((reader) => reader.worker.terminate()));
  }

  private submit(task: ReadTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new ReadStoppedError('Backroom is closing.'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const reader = this.readers.find((candidate) => candidate.current === null) ?? this.spawn();
      if (!reader) return;
      this.assign(reader, this.waiting.shift()!);
    }
  }

  private spawn(): Reader | null {
    if (this.readers.length >= this.size) return null;
    const worker = startWorker({ role: 'reader', databasePath: this.options.databasePath });
    const reader: Reader = { worker, current: null };
    worker.on('message', (reply: ReadReply) => this.answered(reader, reply));
    worker.on('error', (error) => this.lost(reader, error));
    worker.on('exit', (code) => this.lost(reader, new Error(`A reader thread stopped (exit code ${code}).`)));
    this.readers.push(reader);
    return reader;
  }

  private assign(reader: Reader, pending: PendingRead): void {
    reader.current = pending;
    // An idle thread must not keep a script alive; a busy one must, until its answer arrives.
    reader.worker.ref();
    reader.worker.postMessage({ id: pending.id, task: pending.task });
  }

  /** Clears the reader's current read and returns it. */
  private settle(reader: Reader): PendingRead | null {
    const pending = reader.current;
    reader.current = null;
    reader.worker.unref();
    return pending;
  }

  private answered(reader: Reader, reply: ReadReply): void {
    if (reader.current?.id !== reply.id) return;
    const pending = this.settle(reader)!;
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(fromThreadError(reply.error));
    this.pump();
  }

  private lost(reader: Reader, error: Error): void {
    if (!this.remove(reader)) return;
    this.settle(reader)?.reject(error);
    this.pump();
  }

  private remove(reader: Reader): boolean {
    const index = this.readers.indexOf(reader);
    if (index < 0) return false;
    this.readers.splice(index, 1);
    return true;
  }
}
