import { mergeInheritedSchemas, type AttributeSchema } from '../../../shared/attributes';
import type { CategoryNode } from '../../../shared/contract';

/**
 * The attributes a product in this category carries: its own and those of every category above
 * it, the nearest definition winning (the same rule the host applies).
 */
export function attributeSchemaFor(categories: readonly CategoryNode[], categoryId: number | null): AttributeSchema {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const chain: AttributeSchema[] = [];
  const seen = new Set<number>();
  let current = categoryId === null ? undefined : byId.get(categoryId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current.attributes);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return mergeInheritedSchemas(chain);
}
