import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { localHourOf } from '../../../database/migrations/0010-sales-rollups/triggers';
import { utcOffsetTransitions, writeStoreUtcOffsets } from '../../../database/sales-rollups';
import { SeededRandom } from '../../../database/seed/random';
import { localDate } from '../../../shared/local-day';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

/** Zones with daylight saving, half-hour and 45-minute offsets, a half-hour shift (Lord Howe), none at all. */
const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Chatham',
  'UTC',
];

const hourIn = (zone: string, at: Date) =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(at);

describe('store UTC offsets read local days and hours as Intl does', () => {
  let db: TempDatabase;
  let sql: Database.Database;
  const storeOf = new Map<string, number>();

  beforeAll(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
    for (const [index, zone] of ZONES.entries()) {
      const id = Number(
        sql
          .prepare('INSERT INTO "stores" ("uid", "code", "name", "time_zone") VALUES (?, ?, ?, ?)')
          .run(newUid(), `Z${index}Z`, zone, zone).lastInsertRowid,
      );
      writeStoreUtcOffsets(sql, id, zone);
      storeOf.set(zone, id);
    }
  });
  afterAll(async () => {
    await db.dispose();
  });

  const localHour = (zone: string, at: Date) =>
    sql
      .prepare(`SELECT ${localHourOf('@store', '@at')}`)
      .pluck()
      .get({ store: storeOf.get(zone), at: at.toISOString() }) as string;
  const expected = (zone: string, at: Date) => `${localDate(zone, at)} ${hourIn(zone, at)}`;

  it('at every clock change from 2000 to 2040, to the millisecond either side', () => {
    let checked = 0;
    for (const zone of ZONES) {
      const changes = utcOffsetTransitions(zone).filter(({ fromAt }) => fromAt >= '2000' && fromAt < '2040');
      if (zone !== 'UTC' && zone !== 'Asia/Kolkata') expect(changes.length).toBeGreaterThan(40);
      for (const { fromAt } of changes) {
        for (const shift of [-1, 0, 1]) {
          const at = new Date(Date.parse(fromAt) + shift);
          expect([zone, at.toISOString(), localHour(zone, at)]).toEqual([zone, at.toISOString(), expected(zone, at)]);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('at random instants from 1970 to 2099', () => {
    const random = new SeededRandom('7');
    for (let index = 0; index < 3_000; index += 1) {
      const zone = random.pick(ZONES);
      const at = new Date(random.int(Date.UTC(1970, 0, 1), Date.UTC(2099, 11, 31)));
      expect([zone, at.toISOString(), localHour(zone, at)]).toEqual([zone, at.toISOString(), expected(zone, at)]);
    }
  });

  it('gives a store without offsets no local day, so rollups refuse its sales rather than misfile them', () => {
    const id = storeOf.get('America/New_York')!;
    sql.prepare('DELETE FROM "store_utc_offsets" WHERE "store_id" = ?').run(id);
    expect(localHour('America/New_York', new Date('2026-11-25T12:00:00Z'))).toBeNull();
    writeStoreUtcOffsets(sql, id, 'America/New_York');
  });

  it('gives a store created in UTC its row at once, from a trigger', () => {
    const id = Number(
      sql.prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, 'PLAIN', 'Plain')`).run(newUid())
        .lastInsertRowid,
    );
    expect(
      sql.prepare('SELECT "from_at", "offset_seconds" FROM "store_utc_offsets" WHERE "store_id" = ?').all(id),
    ).toEqual([{ from_at: '0000-01-01T00:00:00.000Z', offset_seconds: 0 }]);
  });
});
