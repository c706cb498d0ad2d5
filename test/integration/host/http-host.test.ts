import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_HEADER } from '../../../shared/bridge';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP call, so the test controls every header (fetch would add and forbid some). */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  let t: TestBackroom;
  let host: HttpHost;
  let staticDir: string;
  let cookie: string;
  let hostHeader: string;

  beforeAll(async () => {
    t = await openTestBackroom();
    staticDir = mkdtempSync(join(tmpdir(), 'backroom-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Backroom</title>');
    writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
    host = await startHttpHost({ backroom: t.backroom, staticDir });
    hostHeader = `127.0.0.1:${host.port}`;
    const key = new URL(host.url).searchParams.get('key')!;
    const paired = await send(host.port, `/?key=${key}`, { headers: { host: hostHeader } });
    expect(paired.status).toBe(303);
    cookie = String(paired.headers['set-cookie']).split(';')[0]!;
  });

  afterAll(async () => {
    await host.close();
    await t.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const rpc = (channel: string, body: string, headers: Record<string, string> = {}) =>
    send(host.port, `/rpc/${channel}`, {
      method: 'POST',
      body,
      headers: { host: hostHeader, cookie, 'content-type': 'application/json', ...headers },
    });

  it('listens on loopback only and prints an address with the pairing key', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]{30,}$/);
  });

  it('pairs with an HttpOnly, SameSite=Strict cookie', async () => {
    const key = new URL(host.url).searchParams.get('key')!;
    const reply = await send(host.port, `/?key=${key}`, { headers: { host: hostHeader } });
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses browsers that are not paired, or hold a wrong key', async () => {
    expect((await send(host.port, '/', { headers: { host: hostHeader } })).status).toBe(401);
    expect((await send(host.port, '/?key=guess', { headers: { host: hostHeader } })).status).toBe(401);
    const reply = await rpc('setup.getStatus', '{}', { cookie: 'backroom_key=guess' });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses other host names (DNS rebinding)', async () => {
    const reply = await send(host.port, '/', { headers: { host: `evil.example:${host.port}`, cookie } });
    expect(reply.status).toBe(421);
  });

  it('answers channels with envelopes', async () => {
    const reply = await rpc('setup.getStatus', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { needsSetup: true, storeName: null } });
    const unknown = JSON.parse((await rpc('nope.nothing', '{}')).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses bodies that are not JSON, not declared JSON, or too large', async () => {
    expect(JSON.parse((await rpc('setup.getStatus', '{oops')).body)).toMatchObject({ error: { code: 'VALIDATION' } });
    expect((await rpc('setup.getStatus', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = JSON.stringify({ filler: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await rpc('setup.getStatus', huge);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('serves the renderer, never files outside it, with a strict CSP', async () => {
    const asset = await send(host.port, '/app.js', { headers: { host: hostHeader, cookie } });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    const escape = await send(host.port, '/../../../../etc/passwd', { headers: { host: hostHeader, cookie } });
    expect(escape.body).toContain('<title>Backroom</title>');
    const encoded = await send(host.port, '/%2e%2e/%2e%2e/package.json', { headers: { host: hostHeader, cookie } });
    expect(encoded.body).toContain('<title>Backroom</title>');
  });

  it('answers a malformed escape in the address with 400, not a failure', async () => {
    const call = await rpc('%E0%A4%A', '{}');
    expect(call.status).toBe(400);
    const page = await send(host.port, '/assets/%E0%A4%A.js', { headers: { host: hostHeader, cookie } });
    expect(page.status).toBe(400);
    expect(page.body).not.toMatch(/URIError|stack/);
  });

  /** Opens `/events`; frames collect as they arrive, `ended` settles when the host closes the stream. */
  function openStream(headers: Record<string, string>) {
    const frames: string[] = [];
    const waiters: { text: string; resolve: () => void }[] = [];
    let status = 0;
    const ended = new Promise<number>((resolveEnd, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/events', headers: { host: hostHeader, cookie, ...headers } },
        (res) => {
          status = res.statusCode ?? 0;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            frames.push(chunk);
            for (const waiter of waiters) if (frames.join('').includes(waiter.text)) waiter.resolve();
          });
          res.on('end', () => resolveEnd(status));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const waitFor = (text: string) =>
      new Promise<void>((resolveWait) => {
        if (frames.join('').includes(text)) resolveWait();
        else waiters.push({ text, resolve: resolveWait });
      });
    return { frames, ended, waitFor, text: () => frames.join('') };
  }

  it('streams push events only to a logged-in session, with what it may see, until it ends', async () => {
    expect(await openStream({}).ended).toBe(401);
    expect(await openStream({ [SESSION_HEADER]: 'not a session' }).ended).toBe(401);

    const admin = await setUpStore(t);
    const clerk = t.backroom.sessions.open({ staffId: admin.staff.id, role: 'clerk', storeId: admin.staff.storeId });
    const stream = openStream({ [SESSION_HEADER]: clerk });
    await stream.waitFor(': connected');

    const storeId = admin.staff.storeId;
    t.backroom.events.emit(
      'task.progress',
      { task: 'other-store', phase: 'x', done: 1, total: 2 },
      { storeId: storeId + 1 },
    );
    t.backroom.events.emit(
      'task.progress',
      { task: 'managers', phase: 'x', done: 1, total: 2 },
      { minRole: 'manager' },
    );
    t.backroom.events.emit('task.progress', { task: 'demo', phase: 'catalog', done: 1, total: 2 }, { storeId });
    await stream.waitFor('"task":"demo"');

    t.backroom.sessions.close(clerk);
    expect(await stream.ended).toBe(200);
    expect(stream.text()).toContain('"name":"session.expired"');
    expect(stream.text()).not.toContain('other-store');
    expect(stream.text()).not.toContain('managers');
  });
});
