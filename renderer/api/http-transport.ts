import { SESSION_HEADER } from '../../shared/bridge';
import { openEventStream } from './event-stream';
import { asEnvelope, UNREACHABLE, type RawPushEvent, type SessionTokenSource, type Transport } from './transport';

/**
 * Browser: the loopback host answers `POST /rpc/<channel>` and streams push events from `/events`
 * to a logged-in session. The stream follows the session token: opened on login, reopened with a
 * new token, closed on logout or when nothing listens.
 */
export function httpTransport(): Transport {
  const listeners = new Set<(event: RawPushEvent) => void>();
  let stream: { close(): void } | null = null;
  let stopFollowingToken: (() => void) | null = null;

  const deliver = (event: RawPushEvent) => {
    for (const listener of listeners) listener(event);
  };

  function reopen(session: SessionTokenSource): void {
    stream?.close();
    const token = session.get();
    stream = token ? openEventStream(token, deliver) : null;
  }

  return {
    keepsSessionAcrossReloads: true,
    async invoke(channel, input, sessionToken) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (sessionToken) headers[SESSION_HEADER] = sessionToken;
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
        return asEnvelope(await response.json());
      } catch {
        return UNREACHABLE;
      }
    },
    onEvent(listener, session) {
      listeners.add(listener);
      if (!stopFollowingToken) {
        stopFollowingToken = session.subscribe(() => reopen(session));
        reopen(session);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stopFollowingToken?.();
        stopFollowingToken = null;
        stream?.close();
        stream = null;
      };
    },
  };
}
