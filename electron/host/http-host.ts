import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { SESSION_HEADER } from '../../shared/bridge';
import type { Envelope, ErrorPayload } from '../../shared/errors';
import { CONTENT_SECURITY_POLICY } from '../security';
import type { Backroom } from './app';
import { Pairing } from './pairing';
import { serveStatic } from './static-files';

export interface HttpHostOptions {
  backroom: Backroom;
  staticDir: string;
  /** Loopback by default: the browser host is a second screen on this computer, not a server. */
  host?: string;
  port?: number;
}

export interface HttpHost {
  /** The address to open, carrying this run's pairing key. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const HEARTBEAT_MS = 25_000;

interface EventStream {
  response: ServerResponse;
  sessionToken: string;
}

/**
 * Serves the renderer and the dispatcher to a normal browser: `POST /rpc/<channel>` answers an
 * envelope, `GET /events` streams push events to a logged-in session (its token in the session
 * header, never in the address). Only paired browsers (see Pairing) get through, and only under
 * the host name it was started for (no DNS rebinding).
 */
export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const pairing = new Pairing();
  const staticDir = resolve(options.staticDir);
  const host = options.host ?? '127.0.0.1';
  const allowedHosts = new Set<string>();
  const streams = new Set<EventStream>();
  const { events, sessions } = options.backroom;

  // Each stream gets what its session may see; the news that a session ended closes its streams.
  const unsubscribe = events.subscribe((event, audience) => {
    const frame = `event: push\ndata: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) {
      // Checking a session can end it, and that news may close a stream while this loop runs.
      if (stream.response.writableEnded || !events.admits(audience, stream.sessionToken)) continue;
      stream.response.write(frame);
      if (event.name === 'session.expired') stream.response.end();
    }
  });

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      console.error('Browser host failed to answer', error);
      if (!response.headersSent) sendEnvelope(response, 500, failure('INTERNAL', 'The request could not be answered.'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) {
      response.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Unknown host name.');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://backroom.invalid');
    const path = decodePath(url.pathname);
    if (path === null) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The address is not valid.');
      return;
    }

    if (request.method === 'GET' && url.searchParams.has('key')) {
      if (!pairing.matches(url.searchParams.get('key'))) return sendNotPaired(response);
      response.writeHead(303, { 'set-cookie': pairing.cookie(), location: '/' });
      response.end();
      return;
    }
    if (!pairing.isPaired(request)) return sendNotPaired(response, url.pathname.startsWith('/rpc/'));

    if (path.startsWith('/rpc/')) return handleRpc(request, response, path.slice('/rpc/'.length));
    if (path === '/events' && request.method === 'GET') return openEventStream(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    serveStatic(staticDir, url.pathname, response);
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return sendEnvelope(response, 405, failure('VALIDATION', 'Use POST.'));
    // A JSON content type cannot be sent cross-site without a preflight, which this host never grants.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendEnvelope(response, 415, failure('VALIDATION', 'Send JSON.'));
    }
    const body = await readBody(request);
    if (body === null) return sendEnvelope(response, 413, failure('VALIDATION', 'The request is too large.'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendEnvelope(response, 400, failure('VALIDATION', 'The request is not valid JSON.'));
    }
    const envelope = await options.backroom.dispatcher.invoke(channel, input, {
      sessionToken: sessionTokenOf(request),
      transport: 'http',
      client: `http:${request.socket.remoteAddress ?? 'unknown'}`,
    });
    sendEnvelope(response, 200, envelope);
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    const sessionToken = sessionTokenOf(request);
    // Looking does not count as activity: an open stream must not keep an idle session alive.
    if (!sessionToken || !sessions.peek(sessionToken)) {
      return sendEnvelope(response, 401, failure('UNAUTHENTICATED', 'Please log in again; your session has ended.'));
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const stream: EventStream = { response, sessionToken };
    streams.add(stream);
    // The heartbeat also notices a session that ended by idling or by age, which no call announces.
    const heartbeat = setInterval(() => {
      const live = sessions.peek(sessionToken) !== null;
      if (response.writableEnded) return;
      if (live) response.write(': still here\n\n');
      else response.end();
    }, HEARTBEAT_MS);
    response.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(stream);
    });
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const hostName = host.includes(':') ? `[${host}]` : host;
  allowedHosts.add(`${hostName}:${port}`);
  if (host === '127.0.0.1' || host === '::1') allowedHosts.add(`localhost:${port}`);

  return {
    url: `http://${hostName}:${port}/?key=${pairing.key}`,
    port,
    close: () =>
      new Promise<void>((resolveClose) => {
        unsubscribe();
        for (const stream of streams) stream.response.end();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function sessionTokenOf(request: IncomingMessage): string | null {
  const token = request.headers[SESSION_HEADER];
  return typeof token === 'string' && token.length > 0 ? token : null;
}

/** The decoded path, or null when it holds a malformed escape (a client error, not a failure of ours). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function failure(code: ErrorPayload['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(envelope));
}

function sendNotPaired(response: ServerResponse, asJson = false): void {
  const message = 'This browser is not paired with Backroom. Open the address Backroom printed when it started.';
  if (asJson) return sendEnvelope(response, 401, failure('UNAUTHENTICATED', message));
  response.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(message);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the answer can still be sent on this connection.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
