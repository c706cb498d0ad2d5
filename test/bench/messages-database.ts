import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, sqliteOf } from '../../database/data-source';
import { newUid } from '../../database/ids';
import type { SeedScale } from '../../database/seed';
import { SeededRandom } from '../../database/seed/random';
import { withOutboxPaused } from '../../database/sync/pause-outbox';
import { hashPassword } from '../../electron/services/auth/password';

const CACHE_FOLDER = join(import.meta.dirname, '..', '..', 'bench', 'cache');
/** Raised when what the builder makes changes, so an old file is not measured as a new one. */
const VERSION = 2;

export const MESSAGE_COUNTS: Readonly<Record<SeedScale, number>> = { demo: 20_000, large: 1_000_000 };
/** Every staff member of the messages file signs in with this. */
export const BENCH_PASSWORD = 'bench password 123';

const STORES = 8;
const CLERKS_PER_STORE = 20;
const CUSTOM_ROOMS = 30;
const DIRECT_PAIRS = 3_000;
const RECORDS = 2_000;

/** Handover vocabulary: "delivery" is in about one message in eight, "defibrillator" in one in five thousand. */
const SUBJECTS = [
  'The delivery',
  'Till 2',
  'The walk-in fridge',
  'Aisle 4',
  'The bread order',
  'The card reader',
  'Stockroom',
  'The float',
];
const STATES = [
  'is late again',
  'arrived short',
  'needs a recount',
  'was fixed this morning',
  'is down',
  'looks fine now',
  'came in damaged',
  'is waiting on the supplier',
];
const TAILS = [
  'please check before close',
  'see notes in the book',
  'ring head office if it happens again',
  'left the paperwork by the safe',
  'customer complained twice',
  'photos on the shared drive',
  'cover needed for Saturday',
  'thanks all',
];
const RARE = 'The defibrillator battery light is blinking';

interface Room {
  id: number;
  /** Who may write in it (and be mentioned there). */
  members: { id: number; username: string }[];
  weight: number;
}

/**
 * The messages benchmark's own file, built once per scale and kept under bench/cache: stores,
 * staff, products and customers to attach to, the rooms of each store, custom rooms, thousands of
 * direct conversations, and the messages spread over them (a few busy rooms, a long tail of
 * direct ones), some with mentions and records. Written in one transaction through prepared
 * statements, the outbox paused as the seed does. Built under a temporary name and renamed when
 * complete.
 */
export async function messagesDatabase(scale: SeedScale): Promise<{ path: string; buildMs: number | null }> {
  const path = join(CACHE_FOLDER, `messages-${scale}-${VERSION}.sqlite`);
  if (existsSync(path)) return { path, buildMs: null };
  mkdirSync(CACHE_FOLDER, { recursive: true });
  const building = path.replace(/\.sqlite$/, '.building.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  process.stdout.write(`Building the ${scale} messages database (${MESSAGE_COUNTS[scale]} messages): ${path}\n`);
  const started = performance.now();
  const dataSource = await openDatabase(building);
  const sql = sqliteOf(dataSource);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  sql.transaction(() => withOutboxPaused(sql, () => fill(sql, MESSAGE_COUNTS[scale], passwordHash)))();
  await dataSource.destroy();
  renameSync(building, path);
  return { path, buildMs: performance.now() - started };
}

function fill(sql: Database.Database, count: number, passwordHash: string): void {
  // Seeded per scale, so every build of a scale holds the same data.
  const random = new SeededRandom(`messages ${count}`);
  const next = () => random.next();
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const insertStore = sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, ?, ?)`);
  const insertStaff = sql.prepare(
    `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const staff: { id: number; username: string; storeId: number; role: string }[] = [];
  const addStaff = (storeId: number, username: string, role: string) => {
    const id = Number(insertStaff.run(newUid(), storeId, username, username, role, passwordHash).lastInsertRowid);
    staff.push({ id, username, storeId, role });
  };
  for (let s = 1; s <= STORES; s++) {
    const storeId = Number(insertStore.run(newUid(), `MS${s}`, `Store ${s}`).lastInsertRowid);
    if (s === 1) addStaff(storeId, 'admin', 'admin');
    addStaff(storeId, `manager${s}`, 'manager');
    for (let c = 1; c <= CLERKS_PER_STORE; c++) addStaff(storeId, `clerk${s}_${c}`, 'clerk');
  }
  const insertProduct = sql.prepare(
    `INSERT INTO products (uid, sku, name, price_cents, cost_cents) VALUES (?, ?, ?, 300, 100)`,
  );
  const insertCustomer = sql.prepare(`INSERT INTO customers (uid, first_name, last_name) VALUES (?, ?, ?)`);
  const products: number[] = [];
  const customers: number[] = [];
  for (let r = 1; r <= RECORDS; r++) {
    products.push(Number(insertProduct.run(newUid(), `MSG-${r}`, `Product ${r}`).lastInsertRowid));
    customers.push(Number(insertCustomer.run(newUid(), `First${r}`, `Last${r}`).lastInsertRowid));
  }

  const roomOf = (kind: string, storeId: number | null) =>
    sql.prepare(`SELECT id FROM conversations WHERE kind = ? AND store_id IS ?`).pluck().get(kind, storeId) as number;
  const rooms: Room[] = [
    { id: roomOf('everyone', null), members: staff, weight: 0.2 },
    { id: roomOf('managers', null), members: staff.filter((s) => s.role !== 'clerk'), weight: 0.05 },
  ];
  for (const storeId of [...new Set(staff.map((s) => s.storeId))]) {
    const members = staff.filter((s) => s.storeId === storeId || s.role === 'admin');
    rooms.push({ id: roomOf('store', storeId), members, weight: 0.35 / STORES });
  }
  const insertConversation = sql.prepare(
    `INSERT INTO conversations (uid, kind, name, direct_low_id, direct_high_id, created_by) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertMember = sql.prepare(
    `INSERT INTO conversation_members (conversation_id, staff_id, added_at) VALUES (?, ?, ?)`,
  );
  const now = new Date().toISOString();
  for (let r = 1; r <= CUSTOM_ROOMS; r++) {
    const members = [...new Set(Array.from({ length: 5 + Math.floor(next() * 10) }, () => pick(staff)))];
    const id = Number(
      insertConversation.run(newUid(), 'custom', `Room ${r}`, null, null, members[0]!.id).lastInsertRowid,
    );
    for (const member of members) insertMember.run(id, member.id, now);
    rooms.push({ id, members, weight: 0.15 / CUSTOM_ROOMS });
  }
  const pairs = new Set<string>();
  while (pairs.size < DIRECT_PAIRS) {
    const [a, b] = [pick(staff), pick(staff)].sort((x, y) => x.id - y.id);
    if (a!.id === b!.id || pairs.has(`${a!.id}:${b!.id}`)) continue;
    pairs.add(`${a!.id}:${b!.id}`);
    const id = Number(insertConversation.run(newUid(), 'direct', null, a!.id, b!.id, a!.id).lastInsertRowid);
    insertMember.run(id, a!.id, now);
    insertMember.run(id, b!.id, now);
    rooms.push({ id, members: [a!, b!], weight: 0.25 / DIRECT_PAIRS });
  }

  // Rooms by cumulative weight, picked by binary search.
  const cumulative: number[] = [];
  let total = 0;
  for (const room of rooms) cumulative.push((total += room.weight));
  const pickRoom = (): Room => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return rooms[low]!;
  };

  const insertMessage = sql.prepare(
    `INSERT INTO messages (uid, conversation_id, author_id, body, record_kind, record_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = sql.prepare(
    `INSERT INTO message_mentions (message_id, staff_id, conversation_id) VALUES (?, ?, ?)`,
  );
  const startMs = Date.now() - 365 * 86_400_000;
  const stepMs = (365 * 86_400_000) / count;
  for (let n = 0; n < count; n++) {
    const room = pickRoom();
    const author = pick(room.members);
    const mentioned = next() < 0.04 ? pick(room.members) : null;
    let body = next() < 0.0002 ? RARE : `${pick(SUBJECTS)} ${pick(STATES)}, ${pick(TAILS)}`;
    if (mentioned) body = `@${mentioned.username} ${body}`;
    const roll = next();
    const record =
      roll < 0.02 ? ['product', pick(products)] : roll < 0.04 ? ['customer', pick(customers)] : [null, null];
    const createdMs = Math.floor(startMs + n * stepMs);
    const id = Number(
      insertMessage.run(
        newUid(createdMs),
        room.id,
        author.id,
        body,
        record[0],
        record[1],
        new Date(createdMs).toISOString(),
      ).lastInsertRowid,
    );
    if (mentioned) insertMention.run(id, mentioned.id, room.id);
  }
}
