import type { SeededRandom } from '../random';
import { DAY_MS, type SeedTimeline } from '../seed-time';
import { DEPARTMENTS } from '../words/departments';
import { ean13 } from './barcode';
import type { SeededBrand } from './brands';
import type { Shelf } from './categories';
import type { SeededSupplier } from './suppliers';

export interface PlannedProduct {
  sku: string;
  barcode: string | null;
  name: string;
  shelf: Shelf;
  brandId: number;
  priceCents: number;
  costCents: number;
  caseSize: number;
  supplier: SeededSupplier;
  /** A second source at a slightly higher cost, for some products. */
  backupSupplier: SeededSupplier | null;
  createdMs: number;
  updatedMs: number;
  version: number;
  archivedMs: number | null;
}

/** How much more a larger pack costs than the smallest one: bigger packs are cheaper per unit. */
const SIZE_PRICE_FACTORS = [1, 1.6, 2.4, 3.4, 4.5];
const ARCHIVED_SHARE = 0.02;

/**
 * Products as a person would list them: "<brand> [<variant>] <item> <size>", priced within the
 * shelf's range with .x9 endings, cost 60–75 % of price, EAN-13 barcodes from the brand's prefix
 * (loose produce often has none), SKUs numbered within the department's prefix.
 */
export function planProducts(
  random: SeededRandom,
  count: number,
  shelves: readonly Shelf[],
  brands: readonly SeededBrand[],
  suppliers: readonly SeededSupplier[],
  time: SeedTimeline,
): PlannedProduct[] {
  const brandsByDepartment = DEPARTMENTS.map((_, index) => brands.filter((b) => b.departments.includes(index)));
  const suppliersByDepartment = DEPARTMENTS.map((_, index) => suppliers.filter((s) => s.departments.includes(index)));
  const nextItemReference = new Map<SeededBrand, number>();
  const names = new Set<string>();
  const products: PlannedProduct[] = [];

  for (let index = 0; index < count; index++) {
    const shelf = random.pick(shelves);
    const spec = shelf.spec;
    const brand = random.pick(brandsByDepartment[shelf.departmentIndex]!);
    let name = '';
    let sizeIndex = 0;
    let variant = '';
    // Retry a few times for a name not used yet; a rare duplicate name is realistic enough.
    for (let attempt = 0; attempt < 12; attempt++) {
      variant = random.chance(0.45) ? '' : random.pick(spec.variants);
      sizeIndex = random.int(0, spec.sizes.length - 1);
      name = [brand.name, variant, random.pick(spec.items), spec.sizes[sizeIndex]].filter(Boolean).join(' ');
      if (!names.has(name)) break;
    }
    names.add(name);

    const base = random.int(spec.price[0], spec.price[1]) * SIZE_PRICE_FACTORS[sizeIndex]! * brand.priceFactor;
    const priceCents = Math.max(49, Math.round((base * (variant ? 1.12 : 1)) / 10) * 10 - 1);
    const itemReference = nextItemReference.get(brand) ?? random.int(1, 500);
    nextItemReference.set(brand, itemReference + random.int(1, 7));

    const departmentSuppliers = suppliersByDepartment[shelf.departmentIndex]!;
    const supplier = random.pick(departmentSuppliers);
    const backup = departmentSuppliers.length > 1 && random.chance(0.25) ? random.pick(departmentSuppliers) : null;

    const createdMs = time.setupMs - random.int(0, 60) * DAY_MS + random.int(0, DAY_MS - 1);
    const archivedMs = random.chance(ARCHIVED_SHARE)
      ? random.int(time.historyStartMs + 60 * DAY_MS, time.endMs - 7 * DAY_MS)
      : null;
    const edited = archivedMs === null && random.chance(0.3);
    products.push({
      sku: `${DEPARTMENTS[shelf.departmentIndex]!.skuPrefix}-${String(index + 1).padStart(6, '0')}`,
      barcode: spec.loose && random.chance(0.6) ? null : ean13(brand.companyPrefix, itemReference),
      name,
      shelf,
      brandId: brand.id,
      priceCents,
      costCents: Math.round(priceCents * (0.6 + random.next() * 0.15)),
      caseSize: spec.caseSize,
      supplier,
      backupSupplier: backup === supplier ? null : backup,
      createdMs,
      updatedMs: archivedMs ?? (edited ? random.int(time.historyStartMs, time.endMs - 1) : createdMs),
      version: archivedMs !== null ? 2 : edited ? random.int(2, 4) : 1,
      archivedMs,
    });
  }
  return products;
}
