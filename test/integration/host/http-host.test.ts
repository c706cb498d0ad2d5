import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { openTestBackroom, type TestBackroom } from '../../helpers/backroom';

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

  it('streams push events to paired browsers', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/events', headers: { host: hostHeader, cookie } },
        (res) => {
          res.setEncoding('utf8');
          let buffer = '';
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes('event: push')) {
              resolve(buffer);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    t.backroom.events.emit('task.progress', { task: 'demo', phase: 'catalog', done: 1, total: 2 });
    const frame = await received;
    expect(frame).toContain('"task":"demo"');
  });
});
