import type { SerialQueue } from '../host/serial';

export interface PeriodicCheck {
  /** Runs the check now; answers the id of the job it started, or null. */
  checkNow(): Promise<number | null>;
  stop(): void;
}

/**
 * Runs `check` every `everyMs` while the app runs, on the main connection's queue like every call
 * (never inside a call's open transaction). A check that throws is tried again at the next look;
 * the timer never keeps the process alive.
 */
export function periodicCheck(queue: SerialQueue, everyMs: number, check: () => number | null): PeriodicCheck {
  const checkNow = () => queue.run(() => Promise.resolve(check()));
  const timer = setInterval(() => void checkNow().catch(() => null), everyMs);
  timer.unref();
  return { checkNow, stop: () => clearInterval(timer) };
}
