import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const PAIRING_COOKIE = 'backroom_key';

/**
 * The per-run key of the browser host. The printed address carries it once (`/?key=...`); the
 * host swaps it for an HttpOnly, SameSite=Strict cookie, so other local programs and web pages
 * cannot call Backroom, and a new run invalidates old tabs.
 */
export class Pairing {
  readonly key = randomBytes(24).toString('base64url');

  matches(candidate: string | null | undefined): boolean {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    const expected = Buffer.from(this.key);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  isPaired(request: IncomingMessage): boolean {
    return this.matches(readCookie(request, PAIRING_COOKIE));
  }

  cookie(): string {
    return `${PAIRING_COOKIE}=${this.key}; HttpOnly; SameSite=Strict; Path=/`;
  }
}

function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
