import type { SeededRandom } from '../random';
import type { SeedContext } from '../seed-context';
import { DAY_MS, iso } from '../seed-time';
import { drawUnique } from '../unique-names';
import { DEPARTMENTS } from '../words/departments';
import { FIRST_NAMES, LAST_NAMES } from '../words/people';
import { SUPPLIER_KINDS, SUPPLIER_PLACES } from '../words/places';

export interface SeededSupplier {
  id: number;
  /** Prefix of the supplier's own SKUs. */
  code: string;
  departments: number[];
  leadTimeDays: number;
}

const NOTES = [null, null, 'Minimum order $250.', 'Order by 2 pm for next-day delivery.', 'Net 30 payment terms.'];

export function seedSuppliers(ctx: SeedContext, random: SeededRandom, count: number): SeededSupplier[] {
  const insert = ctx.db.prepare(
    `INSERT INTO "suppliers" ("uid", "name", "contact_name", "email", "phone", "lead_time_days", "notes", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const names = new Set<string>();
  const suppliers: SeededSupplier[] = [];
  for (let index = 0; index < count; index++) {
    const departments = [index % DEPARTMENTS.length];
    if (random.chance(0.3)) {
      const second = random.int(0, DEPARTMENTS.length - 1);
      if (second !== departments[0]) departments.push(second);
    }
    const primary = DEPARTMENTS[departments[0]!]!;
    const name = drawUnique(
      names,
      () => `${random.pick(SUPPLIER_PLACES)} ${primary.supplierWord} ${random.pick(SUPPLIER_KINDS)}`,
    );
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const code = name
      .split(/\s+/)
      .map((word) => word[0]!.toUpperCase())
      .join('')
      .replace(/[^A-Z]/g, '');
    const leadTimeDays = random.int(primary.leadTimeDays[0], primary.leadTimeDays[1]);
    const createdMs = ctx.time.setupMs + 2 * DAY_MS + index * 60_000;
    const stamp = iso(createdMs);
    const result = insert.run(
      random.uid(createdMs),
      name,
      `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      `orders@${slug}.example`,
      `+1555${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
      leadTimeDays,
      random.pick(NOTES),
      stamp,
      stamp,
    );
    suppliers.push({ id: Number(result.lastInsertRowid), code, departments, leadTimeDays });
  }
  return suppliers;
}
