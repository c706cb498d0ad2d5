import type { SeededRandom } from '../random';
import type { SeedContext } from '../seed-context';
import { iso } from '../seed-time';
import { DEPARTMENTS } from '../words/departments';
import { isGroup, type ShelfSpec } from '../words/department-spec';

/** A leaf category products are put on, with what its products inherit. */
export interface Shelf {
  categoryId: number;
  departmentIndex: number;
  spec: ShelfSpec;
  taxBp: number;
}

/** Inserts the category tree (departments, groups, shelves) and returns its shelves. */
export function seedCategories(ctx: SeedContext, random: SeededRandom): Shelf[] {
  const insert = ctx.db.prepare(
    'INSERT INTO "categories" ("uid", "parent_id", "name", "created_at", "updated_at") VALUES (?, ?, ?, ?, ?)',
  );
  let createdMs = ctx.time.setupMs;
  const add = (parentId: number | null, name: string): number => {
    createdMs += 1_000;
    const stamp = iso(createdMs);
    return Number(insert.run(random.uid(createdMs), parentId, name, stamp, stamp).lastInsertRowid);
  };

  const shelves: Shelf[] = [];
  DEPARTMENTS.forEach((department, departmentIndex) => {
    const departmentId = add(null, department.name);
    const addShelf = (parentId: number, spec: ShelfSpec) =>
      shelves.push({
        categoryId: add(parentId, spec.name),
        departmentIndex,
        spec,
        taxBp: spec.taxBp ?? department.taxBp,
      });
    for (const child of department.children) {
      if (isGroup(child)) {
        const groupId = add(departmentId, child.name);
        for (const shelf of child.shelves) addShelf(groupId, shelf);
      } else {
        addShelf(departmentId, child);
      }
    }
  });
  return shelves;
}
