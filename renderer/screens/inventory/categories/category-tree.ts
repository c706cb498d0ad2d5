import type { CategoryNode } from '../../../../shared/contract';

export interface TreeRow {
  category: CategoryNode;
  depth: number;
  /** Every category below this one, so a move or merge can refuse to put a category inside itself. */
  descendants: ReadonlySet<number>;
  /** Products in this category and every one below it. */
  totalProducts: number;
}

/** The categories in tree order (each parent followed by its children, by name). */
export function categoryTree(categories: readonly CategoryNode[]): TreeRow[] {
  const children = new Map<number | null, CategoryNode[]>();
  for (const category of categories) {
    const siblings = children.get(category.parentId) ?? [];
    siblings.push(category);
    children.set(category.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.name.localeCompare(b.name));

  const rows: TreeRow[] = [];
  function visit(category: CategoryNode, depth: number): { ids: number[]; products: number } {
    const row: TreeRow = { category, depth, descendants: new Set(), totalProducts: 0 };
    rows.push(row);
    const below: number[] = [];
    let products = category.productCount;
    for (const child of children.get(category.id) ?? []) {
      const visited = visit(child, depth + 1);
      below.push(child.id, ...visited.ids);
      products += visited.products;
    }
    row.descendants = new Set(below);
    row.totalProducts = products;
    return { ids: below, products };
  }
  for (const root of children.get(null) ?? []) visit(root, 0);
  return rows;
}
