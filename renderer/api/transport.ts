import { isErrorCode, type Envelope, type ErrorPayload } from '../../shared/errors';

/** The two operations every transport offers; the rest of the renderer never knows which one it has. */
export interface Transport {
  invoke(channel: string, input: unknown, sessionToken: string | null): Promise<Envelope<unknown>>;
  /** Push events reach only a logged-in session, so a transport that must present it follows `session`. */
  onEvent(listener: (event: RawPushEvent) => void, session: SessionTokenSource): () => void;
  /** Whether the session token should survive a reload (a browser tab reloads; the Electron window does not). */
  readonly keepsSessionAcrossReloads: boolean;
}

/** The current session token, and news of its changes (login, logout). */
export interface SessionTokenSource {
  get(): string | null;
  subscribe(listener: () => void): () => void;
}

/** A push event as it arrives; the client checks it against `shared/events` before anyone sees it. */
export interface RawPushEvent {
  name: string;
  payload: unknown;
}

export const UNREACHABLE: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Backroom is not reachable' },
};

/** Anything that is not a well-formed envelope means the host did not answer properly. */
export function asEnvelope(value: unknown): Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return UNREACHABLE;
  if (value.ok === true && 'data' in value) return { ok: true, data: value.data };
  if (value.ok === false && 'error' in value) {
    const error = asErrorPayload(value.error);
    if (error) return { ok: false, error };
  }
  return UNREACHABLE;
}

function asErrorPayload(value: unknown): ErrorPayload | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!('message' in value) || typeof value.message !== 'string') return null;
  const code = 'code' in value && isErrorCode(value.code) ? value.code : 'INTERNAL';
  const details = 'details' in value ? value.details : undefined;
  return { code, message: value.message, details };
}
