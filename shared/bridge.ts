import type { Envelope } from './errors';
import type { PushEvent } from './events';

/**
 * What the Electron preload exposes on `window.backroom`, and nothing more. The browser host
 * offers the same two operations over HTTP (`POST /rpc/<channel>`, `GET /events`).
 */
export interface BackroomBridge {
  invoke(channel: string, input: unknown, sessionToken: string | null): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** Header the browser host reads the session token from. */
export const SESSION_HEADER = 'x-backroom-session';
