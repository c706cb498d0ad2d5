/**
 * The cells of an exported table: each column has a type, and every writer renders a type the
 * same way (money as a decimal amount, dates as ISO, text made safe for spreadsheets).
 */
export type CellType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'datetime' | 'boolean';

/** money: integer cents; date: 'YYYY-MM-DD'; datetime: an ISO 8601 instant. */
export type CellValue = string | number | boolean | null;

export interface ColumnSpec {
  header: string;
  type: CellType;
}

/** A money column's header names its currency, so readers know it holds amounts, not cents. */
export function moneyHeader(label: string, currency: string): string {
  return `${label} (${currency})`;
}
