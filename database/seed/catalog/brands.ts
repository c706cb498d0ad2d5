import type { SeededRandom } from '../random';
import type { SeedContext } from '../seed-context';
import { DAY_MS, iso } from '../seed-time';
import { drawUnique } from '../unique-names';
import { DEPARTMENTS } from '../words/departments';
import { BRAND_WORDS } from '../words/places';

export interface SeededBrand {
  id: number;
  name: string;
  /** Indexes into DEPARTMENTS of what the brand makes. */
  departments: number[];
  /** GS1 company prefix (7 digits) its barcodes start with. */
  companyPrefix: string;
  /** Premium brands price above the shelf's range, value brands below. */
  priceFactor: number;
}

/** Suffixes for brands that make more than one kind of thing. */
const GENERIC_SUFFIXES = ['& Co.', 'Family', 'Select', 'Market'];

export function seedBrands(ctx: SeedContext, random: SeededRandom, count: number): SeededBrand[] {
  const insert = ctx.db.prepare('INSERT INTO "brands" ("uid", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?)');
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const brands: SeededBrand[] = [];
  for (let index = 0; index < count; index++) {
    // Round-robin primary departments so every department has brands, whatever the count.
    const departments = [index % DEPARTMENTS.length];
    if (random.chance(0.3)) {
      const second = random.int(0, DEPARTMENTS.length - 1);
      if (second !== departments[0]) departments.push(second);
    }
    // A trade suffix ("Dairy", "Bakehouse") suits a brand of one department only.
    const suffixes = departments.length === 1 ? DEPARTMENTS[departments[0]!]!.brandSuffixes : GENERIC_SUFFIXES;
    const name = drawUnique(names, () => {
      const word = random.pick(BRAND_WORDS);
      return random.chance(0.5) ? `${word} ${random.pick(suffixes)}` : word;
    });
    let companyPrefix: string;
    do companyPrefix = `0${String(random.int(100_000, 999_999))}`;
    while (prefixes.has(companyPrefix));
    prefixes.add(companyPrefix);

    const createdMs = ctx.time.setupMs + DAY_MS + index * 60_000;
    const stamp = iso(createdMs);
    const id = Number(insert.run(random.uid(createdMs), name, stamp, stamp).lastInsertRowid);
    brands.push({ id, name, departments, companyPrefix, priceFactor: 0.85 + random.next() * 0.4 });
  }
  return brands;
}
