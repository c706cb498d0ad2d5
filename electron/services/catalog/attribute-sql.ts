import { attributeKey } from '../../../shared/attributes';

/**
 * Attribute keys end up inside SQL text: json_extract only uses an expression index when its path
 * is a literal, and an index name cannot be bound. The contract already restricts keys to
 * [a-z][a-z0-9_]*; this check repeats it where the text is built, so no other caller can slip
 * a quote in.
 */
export function isAttributeKey(key: unknown): key is string {
  return attributeKey.safeParse(key).success;
}

function checkedKey(key: string): string {
  if (!attributeKey.safeParse(key).success) throw new Error(`"${key.slice(0, 50)}" is not an attribute key.`);
  return key;
}

/** `json_extract(<column>, '$.<key>')`: the exact expression the attribute indexes are built on. */
export function attributeExpression(column: string, key: string): string {
  return `json_extract(${column}, '$.${checkedKey(key)}')`;
}

export const ATTRIBUTE_INDEX_PREFIX = 'IDX_products_attr_';

export function attributeIndexName(key: string): string {
  return ATTRIBUTE_INDEX_PREFIX + checkedKey(key);
}

/** json_extract reports JSON true and false as 1 and 0, so a filter binds booleans the same way. */
export function attributeSqlValue(value: string | number | boolean): string | number {
  return typeof value === 'boolean' ? Number(value) : value;
}
