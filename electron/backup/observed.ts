/**
 * A promise that is awaited later, after other awaits: marked as handled now, so that failing
 * before its turn does not end the process as an unhandled rejection. Awaiting it still throws.
 */
export function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
