import type { RawPushEvent } from './transport';

/**
 * Splits a server-sent event stream, as it arrives in arbitrary chunks, into the push events of
 * the browser host (`event: push` frames carrying JSON). Comments (heartbeats) and other event
 * names are skipped; a frame is complete at its blank line.
 */
export class SseFrames {
  private buffer = '';

  push(chunk: string): RawPushEvent[] {
    this.buffer = (this.buffer + chunk).replaceAll('\r\n', '\n');
    const events: RawPushEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const frame = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = readFrame(frame);
      if (event) events.push(event);
    }
    return events;
  }
}

function readFrame(frame: string): RawPushEvent | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return name === 'push' && data.length > 0 ? parsePushEvent(data.join('\n')) : null;
}

function parsePushEvent(data: string): RawPushEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('name' in value) || typeof value.name !== 'string') return null;
  return { name: value.name, payload: 'payload' in value ? value.payload : undefined };
}
