/**
 * Runs tasks one at a time. The database is one SQLite connection: a transaction that awaits must
 * not let another call's statements slip into it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
