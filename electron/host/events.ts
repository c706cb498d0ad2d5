import type { EventName, EventPayload, PushEvent } from '../../shared/events';

/** Fans push events out to every transport (IPC windows, browser SSE streams, tests). */
export class EventBus {
  private readonly listeners = new Set<(event: PushEvent) => void>();

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners) listener({ name, payload } as PushEvent);
  }

  subscribe(listener: (event: PushEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
