/** Long text is summarised in the audit log: it says what changed, it is not a copy of the record. */
const MAX_AUDITED_TEXT = 80;

/** Old and new value of each field an edit changed: `details.changes` of its audit row. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * The named fields whose value differs between two states of a record, old and new. Values are
 * compared as JSON (arrays and objects by content); objects and long text are summarised.
 */
export function changesBetween<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: auditValue(before[field]), to: auditValue(after[field]) };
    }
  }
  return changes;
}

function auditValue(value: unknown): unknown {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
  return typeof text === 'string' && text.length > MAX_AUDITED_TEXT ? `(${text.length} characters)` : value;
}
