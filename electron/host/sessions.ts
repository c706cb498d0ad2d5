import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Clock } from './clock';

/** The staff member behind a call. */
export interface Actor {
  staffId: number;
  role: Role;
  storeId: number;
  sessionToken: string;
}

interface SessionRecord extends Actor {
  lastSeenMs: number;
}

/**
 * Sessions live in memory only: a restart logs everyone out, and a token is worthless outside
 * this process. A session ends after `idleMinutes` without a call.
 */
export class SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();

  constructor(
    private readonly clock: Clock,
    readonly idleMinutes: number,
  ) {}

  open(staff: { staffId: number; role: Role; storeId: number }): string {
    const sessionToken = randomBytes(32).toString('base64url');
    this.sessions.set(sessionToken, { ...staff, sessionToken, lastSeenMs: this.clock.now().getTime() });
    return sessionToken;
  }

  /** The actor for a token, refreshing its idle timer; null when unknown or expired. */
  touch(sessionToken: string | null): Actor | null {
    if (!sessionToken) return null;
    const record = this.sessions.get(sessionToken);
    if (!record) return null;
    const nowMs = this.clock.now().getTime();
    if (nowMs - record.lastSeenMs > this.idleMinutes * 60_000) {
      this.sessions.delete(sessionToken);
      return null;
    }
    record.lastSeenMs = nowMs;
    const { lastSeenMs: _seen, ...actor } = record;
    return actor;
  }

  close(sessionToken: string): void {
    this.sessions.delete(sessionToken);
  }

  /** Ends every session of a staff member (deactivated, role changed). */
  closeAllFor(staffId: number): void {
    for (const [token, record] of this.sessions) if (record.staffId === staffId) this.sessions.delete(token);
  }
}
