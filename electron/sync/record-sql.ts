import type Database from 'better-sqlite3';
import {
  JSON_COLUMNS,
  NATURAL_KEYS,
  POLYMORPHIC_REFERENCES,
  UNDECLARED_REFERENCES,
  shapeOf,
  type ChildShape,
} from './syncable';

interface ForeignKey {
  from: string;
  table: string;
  to: string | null;
}

/**
 * The SQL expression that builds an entity's record as JSON text, for the row aliased `r0`.
 * Written from the live schema (PRAGMA table_info / foreign_key_list), so a column added by a
 * later migration travels without a change here. Every foreign key becomes the referenced row's
 * uid (`store_id` → `store_uid`, `created_by` → `created_by_uid`). A reference to a table with
 * neither a uid nor a natural key, or a column named like an id that is no known reference, is
 * refused: a local id must never leave the machine.
 */
export function recordJsonSql(sql: Database.Database, entity: string): string {
  const shape = shapeOf(entity);
  return objectSql(sql, entity, 'r0', new Set(shape.privateColumns ?? []), shape.children ?? [], null, 0);
}

function objectSql(
  sql: Database.Database,
  table: string,
  alias: string,
  privateColumns: ReadonlySet<string>,
  children: readonly ChildShape[],
  parentColumn: string | null,
  depth: number,
): string {
  const columns = (sql.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
  const foreignKeys = sql.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[];
  const pairs: string[] = [];
  for (const column of columns) {
    if (column === 'id' || column === parentColumn || privateColumns.has(column)) continue;
    const value = `${alias}."${column}"`;
    const declared = foreignKeys.find((key) => key.from === column && (key.to === null || key.to === 'id'));
    const target = declared?.table ?? UNDECLARED_REFERENCES[table]?.[column];
    const polymorphic = POLYMORPHIC_REFERENCES[table]?.[column];
    if (polymorphic) {
      const uids = Object.entries(polymorphic.tables).map(
        ([kind, kindTable]) => `WHEN '${kind}' THEN (SELECT "uid" FROM "${kindTable}" WHERE "id" = ${value})`,
      );
      pairs.push(`'${column.slice(0, -3)}_uid', CASE ${alias}."${polymorphic.kindColumn}" ${uids.join(' ')} END`);
    } else if (target) {
      pairs.push(referencePair(sql, table, column, target, value));
    } else if (/_(id|by)$/.test(column) && !foreignKeys.some((key) => key.from === column)) {
      throw new Error(`${table}.${column} looks like a local id; name what it references before it can sync.`);
    } else if (JSON_COLUMNS.has(column)) {
      pairs.push(`'${column}', json(${value})`);
    } else {
      pairs.push(`'${column}', ${value}`);
    }
  }
  for (const child of children) {
    const childAlias = `r${depth + 1}`;
    const row = objectSql(sql, child.table, childAlias, new Set(), child.children ?? [], child.parentColumn, depth + 1);
    pairs.push(
      `'${child.key}', json((SELECT json_group_array(${row} ORDER BY ${childAlias}."rowid") FROM "${child.table}" ${childAlias}
        WHERE ${childAlias}."${child.parentColumn}" = ${alias}."id"))`,
    );
  }
  return `json_object(${pairs.join(', ')})`;
}

function referencePair(sql: Database.Database, table: string, column: string, target: string, value: string): string {
  const stem = column.endsWith('_id') ? column.slice(0, -3) : column;
  if (hasColumn(sql, target, 'uid')) {
    return `'${stem}_uid', (SELECT "uid" FROM "${target}" WHERE "id" = ${value})`;
  }
  const natural = NATURAL_KEYS[target];
  if (natural) return `'${natural.key}', (SELECT "${natural.column}" FROM "${target}" WHERE "id" = ${value})`;
  throw new Error(`${table}.${column} points at ${target}, which has no global identity to send instead.`);
}

function hasColumn(sql: Database.Database, table: string, column: string): boolean {
  return (sql.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).some((c) => c.name === column);
}
