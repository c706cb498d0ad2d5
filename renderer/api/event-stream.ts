import { SESSION_HEADER } from '../../shared/bridge';
import { SseFrames } from './sse-frames';
import type { RawPushEvent } from './transport';

/** Wait before reconnecting after a dropped stream (the host restarting, a network blip). */
const RETRY_MS = 5_000;

/**
 * Reads the browser host's push events over fetch, so the session token travels in a header and
 * never in an address (EventSource cannot send headers). A dropped stream is reopened; one the
 * host refuses (401: the session is over) stays closed, and a new token opens a new stream.
 */
export function openEventStream(sessionToken: string, onEvent: (event: RawPushEvent) => void): { close(): void } {
  const controller = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function connect(): Promise<void> {
    try {
      const response = await fetch('/events', {
        headers: { [SESSION_HEADER]: sessionToken, accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.status === 401) return;
      if (response.ok && response.body) {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const frames = new SseFrames();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const event of frames.push(value)) onEvent(event);
        }
      }
    } catch {
      // A refused or dropped connection is retried below, unless this stream was closed on purpose.
    }
    if (!controller.signal.aborted) retry = setTimeout(() => void connect(), RETRY_MS);
  }

  void connect();
  return {
    close() {
      controller.abort();
      clearTimeout(retry);
    },
  };
}
