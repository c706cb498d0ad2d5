import type { EventName, EventPayload, PushEvent } from '../../shared/events';
import { roleAllows, type Role } from '../../shared/roles';
import { inStoreScope } from '../../shared/store-scope';
import type { Actor } from './sessions';

/**
 * Who may receive an event. Every condition given must hold; `{}` means every live session.
 * An admin belongs to every store; other staff to the stores they may work in.
 */
export interface Audience {
  /** Staff who work in this store only (admins work in every store). */
  storeId?: number;
  /** Staff with at least this role only. */
  minRole?: Role;
  /** This staff member only. */
  staffId?: number;
  /** This one session only, even once it has ended (the news that it ended). */
  sessionToken?: string;
}

export type PushListener = (event: PushEvent, audience: Audience) => void;

/** Where handlers send push events. */
export interface EventSink {
  emit<N extends EventName>(name: N, payload: EventPayload<N>, audience: Audience): void;
}

/** The live session behind a token, without refreshing its idle timer; null when it has ended. */
export type SessionLookup = (sessionToken: string) => Actor | null;

/**
 * Fans push events out to every transport (IPC windows, browser streams, tests). Each event
 * carries its audience; a transport delivers it to a connection only when `admits` says the
 * session on that connection qualifies. Without a session lookup, only session-addressed events
 * are admitted.
 */
export class EventBus implements EventSink {
  private readonly listeners = new Set<PushListener>();

  constructor(private readonly lookUpSession: SessionLookup = () => null) {}

  emit<N extends EventName>(name: N, payload: EventPayload<N>, audience: Audience): void {
    for (const listener of this.listeners) listener({ name, payload } as PushEvent, audience);
  }

  subscribe(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether the holder of `sessionToken` may receive an event meant for `audience`. */
  admits(audience: Audience, sessionToken: string | null): boolean {
    if (!sessionToken) return false;
    if (audience.sessionToken !== undefined) return audience.sessionToken === sessionToken;
    const actor = this.lookUpSession(sessionToken);
    if (!actor) return false;
    if (audience.staffId !== undefined && audience.staffId !== actor.staffId) return false;
    if (audience.minRole !== undefined && !roleAllows(actor.role, audience.minRole)) return false;
    if (audience.storeId !== undefined && !inStoreScope(actor, audience.storeId)) return false;
    return true;
  }
}

/** Progress reports describe work under way, not committed data, so they are never held back. */
const PROGRESS_EVENTS: ReadonlySet<EventName> = new Set<EventName>(['task.progress', 'job.progress']);

/**
 * The events of one writing call: held until its transaction commits and dropped if it rolls
 * back, so no screen hears of a change that never happened.
 */
export class PendingEvents implements EventSink {
  private held: { name: EventName; payload: unknown; audience: Audience }[] = [];

  constructor(private readonly bus: EventBus) {}

  emit<N extends EventName>(name: N, payload: EventPayload<N>, audience: Audience): void {
    if (PROGRESS_EVENTS.has(name)) this.bus.emit(name, payload, audience);
    else this.held.push({ name, payload, audience });
  }

  /** After COMMIT. */
  release(): void {
    const held = this.held;
    this.held = [];
    for (const { name, payload, audience } of held) this.bus.emit(name, payload as never, audience);
  }

  /** After ROLLBACK. */
  drop(): void {
    this.held = [];
  }
}
