import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/roles';
import type { Clock } from './clock';

/** The staff member behind a call. */
export interface Actor {
  staffId: number;
  role: Role;
  /** The member's home store: where their own sales, counts and orders are recorded. */
  storeId: number;
  /**
   * Every store the member may work in, ascending, the home store among them. Sessions always
   * carry it; an actor rebuilt off the dispatcher (an export's, the command line's) may not, and
   * then works in its home store alone.
   */
  storeIds?: readonly number[];
  sessionToken: string;
  /** An admin reset the password: nothing but a password change (or leaving) is answered. */
  mustChangePassword?: boolean;
  /** The screen is locked: nothing but unlocking (or leaving) is answered. */
  locked?: boolean;
}

/** What a session was opened for; a staff row that no longer says this ends it. */
export interface StaffStanding {
  role: Role;
  storeId: number;
  /** The home store alone when left out. */
  storeIds?: readonly number[];
}

/** What logging in hands the store to open a session for; the home store alone when `storeIds` is left out. */
export interface SessionSubject {
  staffId: number;
  role: Role;
  storeId: number;
  storeIds?: readonly number[];
  mustChangePassword?: boolean;
}

/** How long sessions last; an admin changes them (settings.setSessions) while sessions are open. */
export interface SessionLimits {
  idleMinutes: number;
  lifetimeHours: number;
  /** The screen locks itself after this long without use; the session lives on until `idleMinutes`. */
  lockAfterMinutes: number;
}

interface SessionRecord extends Actor {
  storeIds: readonly number[];
  mustChangePassword: boolean;
  locked: boolean;
  openedMs: number;
  lastSeenMs: number;
}

/**
 * Sessions live in memory only: a restart logs everyone out, and a token is worthless outside
 * this process. A session ends after `idleMinutes` without a call, and after `lifetimeHours`
 * whatever happens, so a token that leaks or a till left signed in does not last forever; new
 * limits apply to open sessions from their next call. Listeners hear of every ending (logout,
 * expiry, staff changes), to close what the session held open.
 */
export class SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly endListeners = new Set<(sessionToken: string) => void>();
  private limits: SessionLimits;

  constructor(
    private readonly clock: Clock,
    idleMinutes: number,
    lifetimeHours = 12,
  ) {
    this.limits = { idleMinutes, lifetimeHours, lockAfterMinutes: Math.min(5, Math.max(idleMinutes, 1)) };
  }

  get idleMinutes(): number {
    return this.limits.idleMinutes;
  }

  get lifetimeHours(): number {
    return this.limits.lifetimeHours;
  }

  get lockAfterMinutes(): number {
    return this.limits.lockAfterMinutes;
  }

  configure(limits: Partial<SessionLimits>): void {
    this.limits = { ...this.limits, ...limits };
  }

  open(subject: SessionSubject): string {
    const sessionToken = randomBytes(32).toString('base64url');
    const nowMs = this.clock.now().getTime();
    this.sessions.set(sessionToken, {
      staffId: subject.staffId,
      role: subject.role,
      storeId: subject.storeId,
      storeIds: [...(subject.storeIds ?? [subject.storeId])].sort((a, b) => a - b),
      sessionToken,
      mustChangePassword: subject.mustChangePassword ?? false,
      locked: false,
      openedMs: nowMs,
      lastSeenMs: nowMs,
    });
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

  /** Locks or unlocks a live session; unlocking is for the caller to have checked a credential first. */
  setLocked(sessionToken: string, locked: boolean): void {
    const record = this.sessions.get(sessionToken);
    if (record) record.locked = locked;
  }

  /**
   * The holder's own row changed under the session they used to change it (an admin's own stores):
   * that session goes on, on the terms the row now says.
   */
  restand(sessionToken: string, standing: StaffStanding): void {
    const record = this.sessions.get(sessionToken);
    if (!record) return;
    record.role = standing.role;
    record.storeId = standing.storeId;
    record.storeIds = [...(standing.storeIds ?? [standing.storeId])].sort((a, b) => a - b);
  }

  /** The holder has chosen a new password: the session answers everything again. */
  passwordChanged(sessionToken: string): void {
    const record = this.sessions.get(sessionToken);
    if (record) record.mustChangePassword = false;
  }

  close(sessionToken: string): void {
    if (this.sessions.delete(sessionToken)) this.ended(sessionToken);
  }

  /** Ends every session of a staff member (deactivated, role or stores changed, password reset), but `except`. */
  closeAllFor(staffId: number, except?: string): void {
    for (const [token, record] of this.sessions) {
      if (record.staffId === staffId && token !== except) this.close(token);
    }
  }

  /**
   * Ends the sessions of a staff member that no longer match their row: all of them when the row
   * is gone or inactive (`null`), else those opened for another role, home store or stores.
   */
  closeStale(staffId: number, standing: StaffStanding | null): void {
    for (const [token, record] of this.sessions) {
      if (record.staffId !== staffId) continue;
      if (!standing || !standsAs(record, standing)) this.close(token);
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
    const idle = nowMs - record.lastSeenMs > this.limits.idleMinutes * 60_000;
    const tooOld = nowMs - record.openedMs > this.limits.lifetimeHours * 3_600_000;
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

/** Whether a session was opened for what the staff row says now (store lists compared ascending). */
export function standsAs(actor: StaffStanding, standing: StaffStanding): boolean {
  const had = actor.storeIds ?? [actor.storeId];
  const has = standing.storeIds ?? [standing.storeId];
  return (
    actor.role === standing.role &&
    actor.storeId === standing.storeId &&
    had.length === has.length &&
    had.every((storeId, index) => storeId === has[index])
  );
}

function toActor(record: SessionRecord): Actor {
  return {
    staffId: record.staffId,
    role: record.role,
    storeId: record.storeId,
    storeIds: record.storeIds,
    sessionToken: record.sessionToken,
    mustChangePassword: record.mustChangePassword,
    locked: record.locked,
  };
}
