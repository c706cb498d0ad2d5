import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_HEADER } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/errors';
import { sqliteOf } from '../../../database/data-source';
import { openBackroom, type Backroom } from '../../../electron/host/app';
import { startHttpHost, type HttpHost } from '../../../electron/host/http-host';
import { BENCH_PASSWORD, MESSAGE_COUNTS, messagesDatabase } from '../messages-database';
import { percentiles } from '../measure';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

const WARMUP = 20;
const ITERATIONS = 200;
const DELIVERIES = 100;

/** Searches a person would type: a common word, a rare one, two words, the start of a word. */
const SEARCHES = [
  ['common word', 'delivery'],
  ['rare word', 'defibrillator'],
  ['two words', 'fridge recount'],
  ['word start', 'suppl'],
] as const;

/** Milliseconds per awaited call, after `WARMUP` untimed ones. */
async function timeCalls(count: number, call: (n: number) => Promise<unknown>): Promise<number[]> {
  for (let n = 0; n < WARMUP; n++) await call(n);
  const samples: number[] = [];
  for (let n = 0; n < count; n++) {
    const started = process.hrtime.bigint();
    await call(n);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

function figures(name: string, samples: number[], targetMs?: number): BenchFigure[] {
  const { p50, p95 } = percentiles(samples);
  const target = targetMs === undefined ? '' : ` (target < ${targetMs} ms)`;
  return [
    { name: `${name}: p50`, value: p50, unit: 'ms' },
    { name: `${name}: p95${target}`, value: p95, unit: 'ms' },
  ];
}

/** Calls a channel through the dispatcher, failing the benchmark on an error envelope. */
async function call<T>(backroom: Backroom, channel: string, input: unknown, sessionToken: string | null): Promise<T> {
  const envelope = await backroom.dispatcher.invoke(channel, input, {
    sessionToken,
    transport: 'test',
    client: 'bench',
  });
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data as T;
}

/** Opening a conversation (its latest 50) and scrolling up, through the dispatcher, for a clerk of the first store. */
async function openingAndSearch(backroom: Backroom, clerk: string, token: string): Promise<BenchFigure[]> {
  const sql = sqliteOf(backroom.dataSource);
  const conversations = await call<{ id: number; kind: string }[]>(backroom, 'messages.listConversations', {}, token);
  const ids = conversations.map((conversation) => conversation.id);
  const busiest = conversations.filter((c) => c.kind !== 'direct' && c.kind !== 'custom').map((c) => c.id);
  const open = await timeCalls(ITERATIONS, (n) =>
    call(backroom, 'messages.list', { conversationId: ids[n % ids.length]!, limit: 50 }, token),
  );
  // Older pages of the busiest rooms, from deep in their history.
  const middles = busiest.map(
    (id) =>
      sql
        .prepare(`SELECT id FROM messages WHERE conversation_id = ? ORDER BY id LIMIT 1 OFFSET 1000`)
        .pluck()
        .get(id) as number | undefined,
  );
  const scroll = await timeCalls(ITERATIONS, (n) => {
    const at = n % busiest.length;
    return call(
      backroom,
      'messages.list',
      { conversationId: busiest[at]!, before: middles[at] ?? 1, limit: 50 },
      token,
    );
  });
  const sidebar = await timeCalls(ITERATIONS / 4, () => call(backroom, 'messages.listConversations', {}, token));
  const result = [
    ...figures(`open a conversation (latest 50, ${clerk}'s ${ids.length} conversations)`, open, 20),
    ...figures('scroll up (50 older than a message deep in a busy room)', scroll),
    ...figures('conversation list with unread counts', sidebar),
  ];
  const all: number[] = [];
  for (const [label, query] of SEARCHES) {
    const samples = await timeCalls(ITERATIONS / 2, () => call(backroom, 'messages.search', { query }, token));
    all.push(...samples);
    result.push(...figures(`search, ${label} ("${query}")`, samples));
  }
  result.push(...figures('search, all of the above', all, 50));
  // Within one small conversation, a common word's matches elsewhere are walked past.
  const direct = conversations.find((conversation) => conversation.kind === 'direct');
  if (direct) {
    const within = await timeCalls(ITERATIONS / 4, () =>
      call(backroom, 'messages.search', { query: 'delivery', conversationId: direct.id }, token),
    );
    result.push(...figures('search within one direct conversation ("delivery")', within));
  }
  return result;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Delivery to another open session through the real browser host on loopback: two sessions log
 * in over HTTP, one holds the event stream open, the other posts in the store room they share;
 * timed from sending the post until its frame arrives on the other's stream.
 */
async function delivery(
  backroom: Backroom,
  usernames: [string, string],
  conversationId: number,
): Promise<BenchFigure[]> {
  const staticDir = mkdtempSync(join(tmpdir(), 'backroom-bench-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Backroom</title>');
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  let host: HttpHost | null = null;
  let stream: ReturnType<typeof request> | null = null;
  try {
    host = await startHttpHost({ backroom, staticDir });
    const port = host.port;
    const hostHeader = `127.0.0.1:${port}`;
    const send = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
      new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path,
            agent,
            method: options.method ?? 'GET',
            headers: { host: hostHeader, ...options.headers },
          },
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
    const key = new URL(host.url).searchParams.get('key')!;
    const cookie = String((await send(`/?key=${key}`)).headers['set-cookie']).split(';')[0]!;
    const rpc = async <T>(channel: string, input: unknown, token?: string): Promise<T> => {
      const reply = await send(`/rpc/${channel}`, {
        method: 'POST',
        body: JSON.stringify(input),
        headers: { cookie, 'content-type': 'application/json', ...(token ? { [SESSION_HEADER]: token } : {}) },
      });
      const envelope = JSON.parse(reply.body) as Envelope<T>;
      if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data;
    };
    const [sender, receiver] = await Promise.all(
      usernames.map((username) => rpc<{ token: string }>('auth.login', { username, password: BENCH_PASSWORD })),
    );

    let received = '';
    let waiting: { marker: string; resolve: () => void } | null = null;
    await new Promise<void>((resolveOpen, reject) => {
      stream = request(
        {
          host: '127.0.0.1',
          port,
          path: '/events',
          headers: { host: hostHeader, cookie, [SESSION_HEADER]: receiver!.token },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            received += chunk;
            if (received.includes(': connected')) resolveOpen();
            if (waiting && received.includes(waiting.marker)) {
              received = '';
              waiting.resolve();
            }
          });
        },
      );
      stream.on('error', reject);
      stream.end();
    });

    const samples = await timeCalls(DELIVERIES, async (n) => {
      const marker = `bench-delivery-${n}-${Date.now()}`;
      const arrived = new Promise<void>((resolve) => (waiting = { marker, resolve }));
      await rpc('messages.post', { conversationId, body: `Handover check ${marker}` }, sender!.token);
      await arrived;
    });
    return figures('delivery to another open session (post to frame on its event stream)', samples, 100);
  } finally {
    (stream as ReturnType<typeof request> | null)?.destroy();
    await host?.close();
    agent.destroy();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

/**
 * Messaging on its own file of MESSAGE_COUNTS[scale] messages (not the sales seed): opening a
 * conversation and searching through the dispatcher, and delivery of a new message to another
 * open session through the browser host. Measured on a copy, so the cached file stays as built.
 */
async function run({ scale }: BenchContext): Promise<BenchFigure[]> {
  const { path, buildMs } = await messagesDatabase(scale);
  const folder = mkdtempSync(join(tmpdir(), 'backroom-bench-messages-'));
  const working = join(folder, 'messages.sqlite');
  copyFileSync(path, working);
  const backroom = await openBackroom({ databasePath: working });
  try {
    const result: BenchFigure[] = [
      { name: `messages in the file (${scale})`, value: MESSAGE_COUNTS[scale], unit: 'rows' },
    ];
    if (buildMs !== null) result.push({ name: 'build the messages file', value: buildMs / 1000, unit: 's' });
    const sql = sqliteOf(backroom.dataSource);
    // The first store's clerk with the most direct conversations, and a colleague of the same store.
    const [clerk, colleague] = sql
      .prepare(
        `SELECT s.username FROM staff_members s LEFT JOIN conversation_members cm ON cm.staff_id = s.id
         WHERE s.store_id = (SELECT MIN(id) FROM stores) AND s.role = 'clerk'
         GROUP BY s.id ORDER BY COUNT(cm.id) DESC, s.id LIMIT 2`,
      )
      .pluck()
      .all() as [string, string];
    const { token } = await call<{ token: string }>(
      backroom,
      'auth.login',
      { username: clerk, password: BENCH_PASSWORD },
      null,
    );
    result.push(...(await openingAndSearch(backroom, clerk, token)));
    const storeRoom = sql
      .prepare(`SELECT id FROM conversations WHERE kind = 'store' AND store_id = (SELECT MIN(id) FROM stores)`)
      .pluck()
      .get() as number;
    result.push(...(await delivery(backroom, [colleague, clerk], storeRoom)));
    return result;
  } finally {
    await backroom.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export const messagesSuite: BenchSuite = {
  name: 'messages',
  description: 'Staff messaging on its own file: opening a conversation, search, and delivery to another session',
  run,
};
