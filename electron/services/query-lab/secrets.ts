/**
 * What ad-hoc SQL may never read, by table: password hashes. Sessions live only in memory, and the
 * schema holds no sync credentials yet; a column that keeps a secret is added here when it arrives.
 */
export const SECRET_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  staff_members: ['password_hash'],
};

export const SECRET_TABLES = new Set(Object.keys(SECRET_COLUMNS));
export const SECRET_COLUMN_NAMES = new Set(Object.values(SECRET_COLUMNS).flat());

export function isSecretColumn(table: string | null, column: string | null): boolean {
  if (!table || !column) return false;
  return SECRET_COLUMNS[table.toLowerCase()]?.includes(column.toLowerCase()) ?? false;
}
