import type Database from 'better-sqlite3';
import { equivalentBarcodes } from '../../../shared/barcode';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

export interface CodeMatch {
  id: number;
  name: string;
  archived: boolean;
  matchedBy: 'barcode' | 'sku';
}

/**
 * What a barcode scanner typed, or a SKU typed by hand: an exact match on the barcode (in any of
 * its equivalent spellings) first, then on the SKU regardless of case. Both columns are UNIQUE,
 * so each lookup reads one index entry.
 */
export function findProductByCode(sql: Database.Database, code: string): CodeMatch {
  const byBarcode = prepared(sql, 'SELECT "id", "name", "archived_at" FROM "products" WHERE "barcode" = ?');
  for (const spelling of equivalentBarcodes(code)) {
    const row = byBarcode.get(spelling) as Row | undefined;
    if (row) return toMatch(row, 'barcode');
  }
  const row = prepared(sql, 'SELECT "id", "name", "archived_at" FROM "products" WHERE "sku" = ?').get(code) as
    Row | undefined;
  if (row) return toMatch(row, 'sku');
  throw new AppError('NOT_FOUND', `No product has the barcode or SKU ${code}.`, { code });
}

interface Row {
  id: number;
  name: string;
  archived_at: string | null;
}

function toMatch(row: Row, matchedBy: CodeMatch['matchedBy']): CodeMatch {
  return { id: row.id, name: row.name, archived: row.archived_at !== null, matchedBy };
}
