import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyField, copyFrom } from '../../../electron/sync/pg-copy';
import { HQ_TIMEOUT_MS, openTestHq, type TestHq } from '../../helpers/hq-database';

let hq: TestHq;
let client: pg.Client;

beforeAll(async () => {
  hq = await openTestHq();
  client = new pg.Client(hq.url);
  await client.connect();
  await client.query('CREATE TABLE "copied" ("id" integer PRIMARY KEY, "body" text NOT NULL, "doc" jsonb NOT NULL)');
}, HQ_TIMEOUT_MS);

afterAll(async () => {
  await client?.end();
  await hq?.dispose();
});

describe('COPY FROM STDIN through the pg client', () => {
  it('copies text with backslashes, tabs and line breaks exactly, and answers the rows copied', async () => {
    const bodies = ['plain', 'tab\there', 'two\nlines', 'carriage\rreturn', 'back\\slash \\N', ''];
    const docs = bodies.map((body) => JSON.stringify({ body, quote: '"q"', unicode: 'é☕' }));
    const rows = bodies.map((body, n) => `${n + 1}\t${copyField(body)}\t${copyField(docs[n]!)}\n`).join('');
    expect(await copyFrom(client, 'COPY "copied" ("id", "body", "doc") FROM STDIN', rows)).toBe(bodies.length);
    const back = await client.query<{ body: string; doc: { body: string } }>(
      'SELECT "body", "doc" FROM "copied" ORDER BY "id"',
    );
    expect(back.rows.map((row) => row.body)).toEqual(bodies);
    expect(back.rows.map((row) => row.doc.body)).toEqual(bodies);
  });

  it('rejects with the server error, copies nothing, and leaves the connection usable', async () => {
    const duplicate = `100\tnew\t{}\n1\tagain\t{}\n`;
    await expect(copyFrom(client, 'COPY "copied" ("id", "body", "doc") FROM STDIN', duplicate)).rejects.toMatchObject({
      code: '23505',
    });
    await expect(
      copyFrom(client, 'COPY "copied" ("id", "body", "doc") FROM STDIN', '101\tx\tnot json\n'),
    ).rejects.toMatchObject({ code: '22P02' });
    const count = await client.query<{ n: string }>('SELECT COUNT(*) AS "n" FROM "copied" WHERE "id" >= 100');
    expect(Number(count.rows[0]!.n)).toBe(0);
  });
});
