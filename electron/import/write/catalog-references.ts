import { prepared } from '../../../database/prepared';
import { newUid } from '../../../database/ids';
import type { WriterContext } from '../writer';

/** A reference resolved, or why it could not be, said after the field's name ("Brand" + reason). */
export type Resolved = { id: number } | { reason: string };

/** "Drinks > Tea" is a path from a top-level category; a plain name may sit anywhere in the tree. */
const PATH_SEPARATOR = />/;

/**
 * Finds (or, when the import allows it, creates) the categories, brands and suppliers rows name,
 * remembering each answer for the rest of the file. Names compare without regard to case, as their
 * NOCASE columns do. New rows are written like the catalog screens write them (uid, timestamps);
 * the search index and the sync outbox follow by trigger.
 */
export class CatalogReferences {
  private readonly categories = new Map<string, number>();
  private readonly brands = new Map<string, number>();
  private readonly suppliers = new Map<string, number>();

  constructor(private readonly ctx: WriterContext) {}

  category(text: string): Resolved {
    const names = text.split(PATH_SEPARATOR).map((name) => name.trim());
    if (names.some((name) => name === '')) return { reason: `"${text}" has an empty name in its path` };
    const cacheKey = names.map((name) => name.toLowerCase()).join('\u0000');
    const cached = this.categories.get(cacheKey);
    if (cached !== undefined) return { id: cached };
    const found = names.length === 1 ? this.categoryByName(names[0]!) : this.categoryByPath(names);
    if ('id' in found) this.categories.set(cacheKey, found.id);
    return found;
  }

  brand(name: string): Resolved {
    return this.named(this.brands, name, 'brands', this.ctx.allowNew.brands);
  }

  supplier(name: string): Resolved {
    return this.named(this.suppliers, name, 'suppliers', this.ctx.allowNew.suppliers);
  }

  private categoryByName(name: string): Resolved {
    const ids = prepared(this.ctx.sql, 'SELECT "id" FROM "categories" WHERE "name" = ? LIMIT 2')
      .pluck()
      .all(name) as number[];
    if (ids.length > 1)
      return { reason: `"${name}" exists in more than one place: give its path, like "Parent > ${name}"` };
    if (ids.length === 1) return { id: ids[0]! };
    return this.ctx.allowNew.categories ? { id: this.insertCategory(name, null) } : this.notAllowed(name, 'categories');
  }

  /** Walks the path from the top; missing levels are created below the last found one when allowed. */
  private categoryByPath(names: readonly string[]): Resolved {
    let parent: number | null = null;
    for (const name of names) {
      const id = prepared(this.ctx.sql, 'SELECT "id" FROM "categories" WHERE "name" = ? AND "parent_id" IS ? LIMIT 1')
        .pluck()
        .get(name, parent) as number | undefined;
      if (id !== undefined) parent = id;
      else if (this.ctx.allowNew.categories) parent = this.insertCategory(name, parent);
      else return this.notAllowed(names.join(' > '), 'categories');
    }
    return { id: parent! };
  }

  private insertCategory(name: string, parentId: number | null): number {
    const { sql, now } = this.ctx;
    const result = prepared(
      sql,
      'INSERT INTO "categories" ("uid", "parent_id", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?)',
    ).run(newUid(Date.parse(now)), parentId, name, now, now);
    return Number(result.lastInsertRowid);
  }

  private named(cache: Map<string, number>, name: string, table: 'brands' | 'suppliers', allowed: boolean): Resolved {
    const key = name.toLowerCase();
    const cached = cache.get(key);
    if (cached !== undefined) return { id: cached };
    const { sql, now } = this.ctx;
    let id = prepared(sql, `SELECT "id" FROM "${table}" WHERE "name" = ?`).pluck().get(name) as number | undefined;
    if (id === undefined) {
      if (!allowed) return this.notAllowed(name, table);
      id = Number(
        prepared(sql, `INSERT INTO "${table}" ("uid", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?)`).run(
          newUid(Date.parse(now)),
          name,
          now,
          now,
        ).lastInsertRowid,
      );
    }
    cache.set(key, id);
    return { id };
  }

  private notAllowed(name: string, plural: 'categories' | 'brands' | 'suppliers'): Resolved {
    return { reason: `"${name}" does not exist (allow new ${plural} to create it)` };
  }

  /** A row refused after it created references: its savepoint undid them, so forget them too. */
  forgetCreated(): void {
    this.categories.clear();
    this.brands.clear();
    this.suppliers.clear();
  }
}
