import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importFromFiles } from '../../electron/import/import-files';
import type { ImportSummary } from '../../electron/import/run-import';
import type { ImportMode } from '../../electron/import/writer';
import { importProfile } from '../../shared/import/profile';

/** The committed copy of the Northwind dataset, its README's answers and the mapping profiles. */
export const NORTHWIND = join(import.meta.dirname, '..', 'fixtures', 'northwind');

/** The reference answers shipped with the dataset (amounts as "1,265,793.04"). */
export interface NorthwindAnswers {
  row_counts: Record<string, number>;
  order_details_totals: { net_revenue_rounded: string; total_quantity: number; lines_with_discount: number };
  'net_revenue_by_order_year(OrderDate)': [string, string][];
  orders_by_order_year: [string, number][];
  top10_products_by_net_revenue: [string, string][];
  net_revenue_by_category: [string, string][];
}

export const northwindAnswers = JSON.parse(
  readFileSync(join(NORTHWIND, 'reference_answers.json'), 'utf8'),
) as NorthwindAnswers;

/** "1,265,793.04" → 126579304 cents. */
export const answerCents = (amount: string): number => Math.round(Number(amount.replace(/,/g, '')) * 100);

interface Who {
  storeId: number;
  staffId: number;
}

/** Imports one Northwind file with its committed profile, through the pipeline the job and the command line use. */
export function importNorthwindFile(
  sql: Database.Database,
  who: Who,
  now: Date,
  profileName: string,
  file: string,
  lookups: Record<string, string> = {},
  { mode = 'insert', atomic = true }: { mode?: ImportMode; atomic?: boolean } = {},
): Promise<ImportSummary> {
  const profile = importProfile.parse(
    JSON.parse(readFileSync(join(NORTHWIND, 'profiles', `${profileName}.json`), 'utf8')),
  );
  return importFromFiles(
    {
      source: join(NORTHWIND, file),
      lookups: Object.fromEntries(Object.entries(lookups).map(([table, name]) => [table, join(NORTHWIND, name)])),
    },
    {
      sql,
      profile,
      ...who,
      now: now.toISOString(),
      mode,
      naturalKey: null,
      atomic,
      dryRun: false,
      allowNew: { categories: true, brands: true, suppliers: true },
    },
  );
}

/** Northwind's suppliers, products, customers and sales, in the order their references need. */
export async function importNorthwind(
  sql: Database.Database,
  who: Who,
  now: Date,
): Promise<Record<'suppliers' | 'products' | 'customers' | 'sales', ImportSummary>> {
  const suppliers = await importNorthwindFile(sql, who, now, 'suppliers', 'suppliers.csv');
  const products = await importNorthwindFile(sql, who, now, 'products', 'products.csv', {
    categories: 'categories.csv',
    suppliers: 'suppliers.csv',
  });
  const customers = await importNorthwindFile(sql, who, now, 'customers', 'customers.csv');
  const sales = await importNorthwindFile(sql, who, now, 'sales', 'order_details.csv', { orders: 'orders.csv' });
  return { suppliers, products, customers, sales };
}
