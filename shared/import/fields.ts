/**
 * What an import can fill: the kinds of records, and for each the fields a file's columns map to.
 * Pure data shared by the main side (validation, writers) and the screens (mapping form).
 */
export const IMPORT_KINDS = ['products', 'customers', 'suppliers', 'stock', 'sales', 'interactions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * How a field's text is read. Typed values after transforms and validation: text/email → string,
 * integer → number, money → integer cents, percent → integer basis points (0.15, "15%" → 1500),
 * date → 'YYYY-MM-DD', datetime → ISO 8601 UTC, boolean → boolean; an empty optional field → null.
 */
export const FIELD_TYPES = ['text', 'integer', 'money', 'percent', 'date', 'datetime', 'boolean', 'email'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Longest text accepted (characters). */
  maxLength?: number;
  /** Bounds of a number in the field's typed unit (cents for money, basis points for percent). */
  min?: number;
  max?: number;
  /** Header names that suggest this field (lowercase, compared without spaces/underscores/punctuation). */
  aliases: readonly string[];
  description?: string;
}

export interface KindSpec {
  kind: ImportKind;
  label: string;
  fields: readonly FieldSpec[];
  /** Field keys usable to match existing records for upsert/skip; the first is the default. */
  naturalKeys: readonly string[];
  /**
   * Fields whose value may appear only once in a file (a second row with the same SKU is refused,
   * not merged). Not every natural key is one: a sales file repeats its order reference per line.
   */
  uniqueInFile?: readonly string[];
}

/** The field of a kind by key, or undefined. */
export function findField(spec: KindSpec, key: string): FieldSpec | undefined {
  return spec.fields.find((field) => field.key === key);
}
