import type Database from 'better-sqlite3';
import { roleAllows, type Role } from '../../../../shared/roles';
import { localDate, localDayStart } from '../../../../shared/local-day';

/** What a sales, stock or interactions row needs to know of a product. */
export interface ProductRef {
  id: number;
  priceCents: number;
  taxRateBp: number;
  costCents: number;
}

export interface StoreRef {
  id: number;
  code: string;
  timeZone: string;
}

const HOUR_MS = 3_600_000;

/**
 * The records a row names by its words (a SKU, a customer's reference or email, a store code, a
 * username), resolved to ids in memory: products and stores are loaded once; customers and staff
 * are looked up the first time a value appears and remembered, so a file that names the same
 * customer on every line asks the database once. The import runs in one transaction, so nothing
 * changes underneath.
 */
export class ImportReferences {
  private readonly products = new Map<string, ProductRef>();
  private readonly barcodes = new Map<string, ProductRef>();
  private readonly customers = new Map<string, number | null>();
  private readonly staff = new Map<string, number | null>();
  private readonly stores = new Map<string, StoreRef>();
  private readonly storesById = new Map<number, StoreRef>();
  private readonly noons = new Map<string, string>();
  private readonly customerByRef: Database.Statement;
  private readonly customerByEmail: Database.Statement;
  private readonly staffByUsername: Database.Statement;
  /** The importing person's role: only an admin writes into other stores. */
  readonly importerRole: Role;

  constructor(sql: Database.Database, importerId: number) {
    const rows = sql
      .prepare('SELECT "id", "sku", "barcode", "price_cents", "tax_rate_bp", "cost_cents" FROM "products"')
      .raw()
      .iterate() as IterableIterator<[number, string, string | null, number, number, number]>;
    for (const [id, sku, barcode, priceCents, taxRateBp, costCents] of rows) {
      const product = { id, priceCents, taxRateBp, costCents };
      this.products.set(sku, product);
      // SKUs compare without case (COLLATE NOCASE), as the catalog does.
      if (sku.toLowerCase() !== sku) this.products.set(sku.toLowerCase(), product);
      if (barcode !== null) this.barcodes.set(barcode, product);
    }
    for (const row of sql.prepare('SELECT "id", "code", "time_zone" FROM "stores"').all() as {
      id: number;
      code: string;
      time_zone: string;
    }[]) {
      const store = { id: row.id, code: row.code, timeZone: row.time_zone };
      this.stores.set(row.code, store);
      this.storesById.set(row.id, store);
    }
    this.customerByRef = sql.prepare('SELECT "id" FROM "customers" WHERE "external_ref" = ?').pluck();
    this.customerByEmail = sql.prepare('SELECT "id" FROM "customers" WHERE "email" = ?').pluck();
    this.staffByUsername = sql.prepare('SELECT "id" FROM "staff_members" WHERE "username" = ?').pluck();
    this.importerRole = (sql.prepare('SELECT "role" FROM "staff_members" WHERE "id" = ?').pluck().get(importerId) ??
      'clerk') as Role;
  }

  /** By SKU (any case), then by barcode. */
  product(value: string): ProductRef | undefined {
    return this.products.get(value) ?? this.products.get(value.toLowerCase()) ?? this.barcodes.get(value);
  }

  /** By the source system's reference, then by email (any case); null when neither matches. */
  customer(value: string): number | null {
    let id = this.customers.get(value);
    if (id === undefined) {
      id = ((this.customerByRef.get(value) ?? this.customerByEmail.get(value)) as number | undefined) ?? null;
      this.customers.set(value, id);
    }
    return id;
  }

  /** By username (any case); null when no one has it. */
  staffMember(username: string): number | null {
    let id = this.staff.get(username);
    if (id === undefined) {
      id = (this.staffByUsername.get(username) as number | undefined) ?? null;
      this.staff.set(username, id);
    }
    return id;
  }

  /** By code (codes are upper case; any case is accepted). */
  store(code: string): StoreRef | undefined {
    return this.stores.get(code) ?? this.stores.get(code.toUpperCase());
  }

  storeById(id: number): StoreRef {
    const store = this.storesById.get(id);
    if (!store) throw new Error(`Store ${id} does not exist.`);
    return store;
  }

  /** Whether the importing person may write into a store other than their own. */
  get mayUseOtherStores(): boolean {
    return roleAllows(this.importerRole, 'admin');
  }

  /**
   * A date without a time as an instant of that day on the store's clock: twelve hours after
   * the day starts (noon, or an hour off noon on a day the clocks change), which stays inside the
   * store's day whatever its length, so the sale counts for the day the file says.
   */
  storeNoon(store: StoreRef, date: string): string {
    const key = `${store.id}|${date}`;
    let instant = this.noons.get(key);
    if (instant === undefined) {
      instant = new Date(localDayStart(store.timeZone, date).getTime() + 12 * HOUR_MS).toISOString();
      this.noons.set(key, instant);
    }
    return instant;
  }

  /** Today's date on the store's clock. */
  storeToday(store: StoreRef, now: Date): string {
    return localDate(store.timeZone, now);
  }
}
