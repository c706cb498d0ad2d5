import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { CsvParser } from '../../import/read/csv-parser';
import type { SourceRow } from '../../import/read/table-source';
import type { EvalBasket } from './evaluate';

/** Rows of a small CSV file as objects keyed by its header. */
function readCsv(path: string): Record<string, string>[] {
  const parser = new CsvParser({ delimiter: ',' });
  const rows: SourceRow[] = [];
  parser.push(readFileSync(path, 'utf8'), rows);
  parser.end(rows);
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.cells.map((name, i) => [name, row.cells[i] ?? ''])));
}

/** Northwind's orders as baskets: customer, order date, products of its order details. */
export function northwindBaskets(folder: string): EvalBasket[] {
  const orders = new Map<string, EvalBasket>();
  for (const order of readCsv(join(folder, 'orders.csv'))) {
    orders.set(order.OrderID!, {
      customer: order.CustomerID!,
      atMs: Date.parse(`${order.OrderDate}T00:00:00Z`),
      products: [],
    });
  }
  for (const line of readCsv(join(folder, 'order_details.csv')))
    orders.get(line.OrderID!)?.products.push(Number(line.ProductID));
  return [...orders.values()].filter((basket) => basket.customer !== '');
}

/** Where the UCI Online Retail file is looked for: BACKROOM_ONLINE_RETAIL, else the shared data folder. */
export function onlineRetailPath(): string | null {
  const path = process.env.BACKROOM_ONLINE_RETAIL ?? '/work/shared/data/online-retail/online_retail.csv.gz';
  return existsSync(path) ? path : null;
}

/**
 * UCI Online Retail's invoices as baskets, streamed from the gzipped CSV: invoices of a known
 * customer, without cancellations ('C…') and adjustments ('A…'), lines with a positive quantity.
 * Stock codes become numbers in the order first seen.
 */
export async function onlineRetailBaskets(path: string): Promise<EvalBasket[]> {
  const parser = new CsvParser({ delimiter: ',' });
  const invoices = new Map<string, EvalBasket>();
  const codes = new Map<string, number>();
  let columns: Record<string, number> | null = null;
  const take = (rows: SourceRow[]) => {
    for (const { cells } of rows) {
      if (!columns) {
        columns = Object.fromEntries(cells.map((name, i) => [name, i]));
        continue;
      }
      const cell = (name: string) => cells[columns![name]!] ?? '';
      const invoice = cell('InvoiceNo');
      const customer = cell('CustomerID');
      if (customer === '' || /^[CA]/.test(invoice) || Number(cell('Quantity')) <= 0) continue;
      let basket = invoices.get(invoice);
      if (!basket) {
        basket = { customer, atMs: Date.parse(`${cell('InvoiceDate').replace(' ', 'T')}Z`), products: [] };
        invoices.set(invoice, basket);
      }
      const code = cell('StockCode');
      let product = codes.get(code);
      if (product === undefined) codes.set(code, (product = codes.size + 1));
      basket.products.push(product);
    }
    rows.length = 0;
  };
  const rows: SourceRow[] = [];
  const text = createReadStream(path).pipe(createGunzip()).setEncoding('utf8');
  for await (const chunk of text) {
    parser.push(chunk as string, rows);
    take(rows);
  }
  parser.end(rows);
  take(rows);
  return [...invoices.values()];
}
