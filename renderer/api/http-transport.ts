import { SESSION_HEADER } from '../../shared/bridge';
import { asEnvelope, UNREACHABLE, type RawPushEvent, type Transport } from './transport';

/** Browser: the loopback host answers `POST /rpc/<channel>` and streams push events from `/events`. */
export function httpTransport(): Transport {
  const listeners = new Set<(event: RawPushEvent) => void>();
  let source: EventSource | null = null;

  function openSource(): EventSource {
    const opened = new EventSource('/events');
    opened.addEventListener('push', (message) => {
      const event = parsePushEvent(message.data);
      if (event) for (const listener of listeners) listener(event);
    });
    return opened;
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
    onEvent(listener) {
      listeners.add(listener);
      source ??= openSource();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

function parsePushEvent(data: unknown): RawPushEvent | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('name' in value) || typeof value.name !== 'string') return null;
  return { name: value.name, payload: 'payload' in value ? value.payload : undefined };
}
