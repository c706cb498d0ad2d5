import type { ProductFields } from './product-record';

/** Long text is summarised in the audit log: it says what changed, it is not a copy of the catalog. */
const MAX_AUDITED_TEXT = 80;

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** The fields whose value differs, old and new, for the audit row. */
export function productChanges(before: ProductFields, after: ProductFields): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof ProductFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: auditValue(before[key]), to: auditValue(after[key]) };
    }
  }
  return changes;
}

function auditValue(value: unknown): unknown {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
  return typeof text === 'string' && text.length > MAX_AUDITED_TEXT ? `(${text.length} characters)` : value;
}
