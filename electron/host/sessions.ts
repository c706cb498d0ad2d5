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

/** What a session was opened for; a staff row that no longer says this ends it. */
export interface StaffStanding {
  role: Role;
  storeId: number;
}

interface SessionRecord extends Actor {
  openedMs: number;
  lastSeenMs: number;
}

/**
 * Sessions live in memory only: a restart logs everyone out, and a token is worthless outside
 * this process. A session ends after `idleMinutes` without a call, and after `lifetimeHours`
 * whatever happens, so a token that leaks or a till left signed in does not last forever.
 * Listeners hear of every ending (logout, expiry, staff changes), to close what the session held open.
 */
export class SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly endListeners = new Set<(sessionToken: string) => void>();

  constructor(
    private readonly clock: Clock,
    readonly idleMinutes: number,
    readonly lifetimeHours = 12,
  ) {}

  open(staff: { staffId: number; role: Role; storeId: number }): string {
    const sessionToken = randomBytes(32).toString('base64url');
    const nowMs = this.clock.now().getTime();
    this.sessions.set(sessionToken, { ...staff, sessionToken, openedMs: nowMs, lastSeenMs: nowMs });
    return sessionToken;
  }

  /** The actor for a token, refreshing its idle timer; null when unknown or expired. */
  touch(sessionToken: string | null): Actor | null {
    const record = this.live(sessionToken);
    if (!record) return null;
    record.lastSeenMs = this.clock.now().getTime();
    return toActor(record);
  }

  /** The actor for a token without counting as activity (push streams ask this); null when ended. */
  peek(sessionToken: string | null): Actor | null {
    const record = this.live(sessionToken);
    return record ? toActor(record) : null;
  }

  close(sessionToken: string): void {
    if (this.sessions.delete(sessionToken)) this.ended(sessionToken);
  }

  /** Ends every session of a staff member (deactivated, role or store changed, password reset), but `except`. */
  closeAllFor(staffId: number, except?: string): void {
    for (const [token, record] of this.sessions) {
      if (record.staffId === staffId && token !== except) this.close(token);
    }
  }

  /**
   * Ends the sessions of a staff member that no longer match their row: all of them when the row
   * is gone or inactive (`null`), else those opened for another role or store.
   */
  closeStale(staffId: number, standing: StaffStanding | null): void {
    for (const [token, record] of this.sessions) {
      if (record.staffId !== staffId) continue;
      if (!standing || record.role !== standing.role || record.storeId !== standing.storeId) this.close(token);
    }
  }

  onEnd(listener: (sessionToken: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  private live(sessionToken: string | null): SessionRecord | null {
    if (!sessionToken) return null;
    const record = this.sessions.get(sessionToken);
    if (!record) return null;
    const nowMs = this.clock.now().getTime();
    const idle = nowMs - record.lastSeenMs > this.idleMinutes * 60_000;
    const tooOld = nowMs - record.openedMs > this.lifetimeHours * 3_600_000;
    if (idle || tooOld) {
      this.close(sessionToken);
      return null;
    }
    return record;
  }

  private ended(sessionToken: string): void {
    for (const listener of this.endListeners) listener(sessionToken);
  }
}

function toActor(record: SessionRecord): Actor {
  return { staffId: record.staffId, role: record.role, storeId: record.storeId, sessionToken: record.sessionToken };
}
