import type Database from 'better-sqlite3';
import { attributeKey } from '../../../shared/attributes';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

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

/** The given keys no category declares, in one bound statement whatever the keys. */
const UNDECLARED_KEYS = `
  SELECT k."value" FROM json_each(?) k
  WHERE NOT EXISTS (
    SELECT 1 FROM "categories" c, json_each(c."attribute_schema") d WHERE d."value" ->> '$.key' = k."value")`;

/**
 * Refuses (VALIDATION) attribute keys that break the key pattern or that no category declares,
 * before any statement is built from them: every distinct key makes a new statement text, so
 * keys made up by a caller would churn the statement cache, and filtering by a key no product
 * can carry answers nothing anyway.
 */
export function requireDeclaredAttributeKeys(sql: Database.Database, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const malformed = keys.filter((key) => !isAttributeKey(key));
  const undeclared =
    malformed.length > 0 ? [] : (prepared(sql, UNDECLARED_KEYS).pluck().all(JSON.stringify(keys)) as string[]);
  const refused = malformed.length > 0 ? malformed : undeclared;
  if (refused.length === 0) return;
  const issues = refused.slice(0, 20).map((key) => ({
    path: `attributes.${key.slice(0, 50)}`,
    message: malformed.length > 0 ? 'Not an attribute key' : 'No category has this attribute',
  }));
  throw new AppError('VALIDATION', `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
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
