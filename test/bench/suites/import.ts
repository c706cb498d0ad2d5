import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTableSource } from '../../../electron/import/read/table-source';
import { runImport } from '../../../electron/import/run-import';
import type { ImportProfile } from '../../../shared/import/profile';
import { BP_PER_WHOLE, mulDivRound } from '../../../shared/pricing';
import type { BenchContext, BenchFigure, BenchSuite } from '../suite';

/** Lines of the generated sales file: a million on the large dataset, a tenth of that for a quick check. */
const LINES = { large: 1_000_000, demo: 100_000 } as const;
/** The bare writer commits every this many lines (whole orders), as the import target is stated. */
const BARE_TRANSACTION_LINES = 50_000;
const SEED = 20_261_205;
/** The size of the big file read through the streamed reader, to show its memory stays flat. */
const BIG_FILE_BYTES = 1 << 30;
const THIS_FILE = fileURLToPath(import.meta.url);
const TSX = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');

const PROFILE: ImportProfile = {
  version: 1,
  kind: 'sales',
  fields: {
    orderRef: { column: 'order_ref' },
    placedAt: { column: 'placed_at' },
    product: { column: 'sku' },
    quantity: { column: 'quantity' },
    unitPrice: { column: 'unit_price' },
    discountPercent: { column: 'discount' },
    customer: { column: 'customer_email' },
    paymentMethod: { column: 'payment' },
  },
};

interface Catalog {
  products: { id: number; sku: string; priceCents: number; taxRateBp: number }[];
  customers: { id: number; email: string }[];
}

interface SaleLine {
  ref: string;
  placedAt: string;
  product: number;
  quantity: number;
  unitPriceCents: number;
  discountBp: number | null;
  customer: number | null;
  payment: 'card' | 'cash';
}

/** Products and customers the file names, read the same way by every process, so all see the same rows. */
function readCatalog(sql: Database.Database): Catalog {
  return {
    products: sql
      .prepare(
        `SELECT "id", "sku", "price_cents" AS "priceCents", "tax_rate_bp" AS "taxRateBp" FROM "products"
         WHERE "archived_at" IS NULL ORDER BY "id" LIMIT 20000`,
      )
      .all() as Catalog['products'],
    customers: sql
      .prepare('SELECT "id", "email" FROM "customers" WHERE "email" IS NOT NULL ORDER BY "id" LIMIT 20000')
      .all() as Catalog['customers'],
  };
}

/**
 * The sales file's rows, deterministic for a seed: orders of 1 to 9 lines (5 on average, so about
 * 200,000 orders per million lines) over the two years before `endMs`, half with a customer, a
 * fifth of the lines with a percentage discount.
 */
function* saleLines(catalog: Catalog, lines: number, endMs: number): Generator<SaleLine> {
  let state = SEED;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = (n: number) => Math.floor(random() * n);
  let written = 0;
  for (let order = 1; written < lines; order++) {
    const ref = `BENCH-${order}`;
    const placedAt = new Date(endMs - Math.floor(random() * 730 * 86_400_000)).toISOString();
    const customer = random() < 0.5 && catalog.customers.length > 0 ? pick(catalog.customers.length) : null;
    const payment = random() < 0.7 ? 'card' : 'cash';
    const count = Math.min(1 + pick(9), lines - written);
    for (let line = 0; line < count; line++, written++) {
      const product = pick(catalog.products.length);
      yield {
        ref,
        placedAt,
        product,
        quantity: 1 + pick(5),
        unitPriceCents: catalog.products[product]!.priceCents,
        discountBp: random() < 0.2 ? 500 * (1 + pick(6)) : null,
        customer,
        payment,
      };
    }
  }
}

async function writeSalesFile(path: string, catalog: Catalog, lines: number, endMs: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('order_ref,placed_at,sku,quantity,unit_price,discount,customer_email,payment\n');
  let chunk = '';
  for (const line of saleLines(catalog, lines, endMs)) {
    const price = `${Math.floor(line.unitPriceCents / 100)}.${String(line.unitPriceCents % 100).padStart(2, '0')}`;
    const email = line.customer === null ? '' : catalog.customers[line.customer]!.email;
    const discount = line.discountBp === null ? '' : String(line.discountBp / BP_PER_WHOLE);
    chunk += `${line.ref},${line.placedAt},${catalog.products[line.product]!.sku},${line.quantity},${price},${discount},${email},${line.payment}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Who imports: the first store and its first admin. */
function importer(sql: Database.Database): { storeId: number; staffId: number } {
  return sql
    .prepare(
      `SELECT "store_id" AS "storeId", "id" AS "staffId" FROM "staff_members" WHERE "role" = 'admin'
       ORDER BY "store_id", "id" LIMIT 1`,
    )
    .get() as { storeId: number; staffId: number };
}

interface ChildResult {
  lines: number;
  ms: number;
  maxRssMb: number;
}

/**
 * The floor: the same rows the import writes (orders with their lines, the opening status, one
 * payment, the customer's purchases) with bare prepared statements in 50,000-line transactions,
 * computed from the generator instead of parsed from the file.
 */
function bareInsert(dbPath: string, lines: number, endMs: number): ChildResult {
  const sql = new Database(dbPath);
  sql.pragma('journal_mode = WAL');
  sql.pragma('synchronous = FULL');
  sql.pragma('foreign_keys = ON');
  sql.pragma('temp_store = MEMORY');
  const catalog = readCatalog(sql);
  const { storeId, staffId } = importer(sql);
  const insertOrder = sql.prepare(
    `INSERT INTO "orders" ("uid", "store_id", "order_number", "customer_id", "staff_id", "channel", "status", "subtotal_cents",
       "discount_cents", "tax_cents", "total_cents", "placed_at", "created_at", "updated_at", "external_ref")
     VALUES (?, ?, ?, ?, ?, 'till', 'paid', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sql.prepare(
    `INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents",
       "discount_bp", "tax_rate_bp", "tax_cents", "total_cents") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertChange = sql.prepare(
    `INSERT INTO "order_status_changes" ("order_id", "from_status", "to_status", "staff_id", "changed_at") VALUES (?, NULL, 'paid', ?, ?)`,
  );
  const insertPayment = sql.prepare(
    `INSERT INTO "payments" ("uid", "order_id", "method", "kind", "amount_cents", "created_at") VALUES (?, ?, ?, 'payment', ?, ?)`,
  );
  const insertPurchase = sql.prepare(
    `INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "quantity", "order_id", "occurred_at")
     VALUES (?, ?, 'bought', ?, ?, ?)`,
  );
  let orderNumber = sql
    .prepare('SELECT IFNULL(MAX("order_number"), 0) FROM "orders" WHERE "store_id" = ?')
    .pluck()
    .get(storeId) as number;
  const now = new Date(endMs).toISOString();
  const nowMs = endMs;

  const writeOrder = (order: SaleLine[]) => {
    const first = order[0]!;
    const amounts = order.map((line) => {
      const product = catalog.products[line.product]!;
      const gross = line.quantity * line.unitPriceCents;
      const discount = line.discountBp === null ? 0 : mulDivRound(gross, line.discountBp, BP_PER_WHOLE);
      const tax = mulDivRound(gross - discount, product.taxRateBp, BP_PER_WHOLE);
      return { product, gross, discount, tax };
    });
    const subtotal = amounts.reduce((sum, line) => sum + line.gross, 0);
    const discount = amounts.reduce((sum, line) => sum + line.discount, 0);
    const tax = amounts.reduce((sum, line) => sum + line.tax, 0);
    const total = subtotal - discount + tax;
    const customerId = first.customer === null ? null : catalog.customers[first.customer]!.id;
    const orderId = Number(
      insertOrder.run(
        newUid(nowMs),
        storeId,
        ++orderNumber,
        customerId,
        staffId,
        subtotal,
        discount,
        tax,
        total,
        first.placedAt,
        now,
        now,
        first.ref,
      ).lastInsertRowid,
    );
    const units = new Map<number, number>();
    order.forEach((line, index) => {
      const { product, gross, discount: off, tax: lineTax } = amounts[index]!;
      insertLine.run(
        orderId,
        index + 1,
        product.id,
        line.quantity,
        line.unitPriceCents,
        off,
        line.discountBp,
        product.taxRateBp,
        lineTax,
        gross - off + lineTax,
      );
      units.set(product.id, (units.get(product.id) ?? 0) + line.quantity);
    });
    insertChange.run(orderId, staffId, first.placedAt);
    if (total > 0) insertPayment.run(newUid(nowMs), orderId, first.payment, total, first.placedAt);
    if (customerId !== null) {
      for (const [productId, quantity] of units)
        insertPurchase.run(customerId, productId, quantity, orderId, first.placedAt);
    }
  };
  const writeOrders = sql.transaction((orders: SaleLine[][]) => orders.forEach(writeOrder));

  const started = performance.now();
  let pending: SaleLine[][] = [];
  let pendingLines = 0;
  let order: SaleLine[] = [];
  for (const line of saleLines(catalog, lines, endMs)) {
    if (order.length > 0 && order[0]!.ref !== line.ref) {
      pending.push(order);
      pendingLines += order.length;
      order = [];
      if (pendingLines >= BARE_TRANSACTION_LINES) {
        writeOrders(pending);
        pending = [];
        pendingLines = 0;
      }
    }
    order.push(line);
  }
  pending.push(order);
  writeOrders(pending);
  const ms = performance.now() - started;
  sql.close();
  return { lines, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** The import as the job runs it: read and parse the file, map, validate, write, in one transaction. */
async function fullImport(dbPath: string, csvPath: string, endMs: number): Promise<ChildResult> {
  const sql = new Database(dbPath);
  sql.pragma('journal_mode = WAL');
  sql.pragma('synchronous = FULL');
  sql.pragma('foreign_keys = ON');
  sql.pragma('temp_store = MEMORY');
  const started = performance.now();
  const source = await openTableSource(csvPath);
  sql.exec('BEGIN IMMEDIATE');
  const summary = await runImport({
    sql,
    source,
    profile: PROFILE,
    ...importer(sql),
    now: new Date(endMs).toISOString(),
    mode: 'insert',
    naturalKey: null,
    atomic: false,
    dryRun: false,
    allowNew: { categories: false, brands: false, suppliers: false },
  });
  sql.exec('COMMIT');
  await source.close();
  const ms = performance.now() - started;
  sql.close();
  if (summary.rejected > 0) {
    throw new Error(`The import refused ${summary.rejected} rows: ${JSON.stringify(summary.problems.slice(0, 3))}`);
  }
  return { lines: summary.inserted, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** The big file: the sales file's lines again and again until it passes BIG_FILE_BYTES. */
function writeBigFile(path: string, salesCsv: string): void {
  const text = readFileSync(salesCsv, 'utf8');
  const body = text.slice(text.indexOf('\n') + 1);
  writeFileSync(path, text);
  while (statSync(path).size < BIG_FILE_BYTES) appendFileSync(path, body);
}

/** Every row of a file through the streamed reader, as an import reads it before mapping. */
async function readAll(csvPath: string): Promise<ChildResult> {
  const started = performance.now();
  const source = await openTableSource(csvPath);
  let lines = 0;
  for await (const row of source.rows()) {
    if (row.problem) throw new Error(`Row ${row.rowNumber}: ${row.problem}`);
    lines++;
  }
  await source.close();
  return { lines, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Runs one side in a fresh process on its own copy of the database, so memory and caches are its own. */
function inChild(
  mode: 'bare' | 'import' | 'read',
  dbPath: string,
  csvPath: string,
  lines: number,
  endMs: number,
): ChildResult {
  const child = spawnSync(TSX, [THIS_FILE, mode, dbPath, csvPath, String(lines), String(endMs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{'))
    throw new Error(`The ${mode} run failed (exit ${child.status}): ${child.stdout}`);
  return JSON.parse(last) as ChildResult;
}

async function importSales({ dataSource, scale }: BenchContext): Promise<BenchFigure[]> {
  const lines = Number(process.env.BENCH_IMPORT_LINES ?? LINES[scale]);
  const sql = sqliteOf(dataSource);
  const folder = mkdtempSync(join(tmpdir(), 'backroom-import-bench-'));
  try {
    const endMs = Date.now();
    const csvPath = join(folder, 'sales.csv');
    await writeSalesFile(csvPath, readCatalog(sql), lines, endMs);
    // Both sides start from the same file: everything checkpointed into it, then copied.
    sql.pragma('wal_checkpoint(TRUNCATE)');
    const source = dataSource.options.database as string;
    const run = (mode: 'bare' | 'import') => {
      const copy = join(folder, `${mode}.sqlite`);
      copyFileSync(source, copy);
      try {
        return inChild(mode, copy, csvPath, lines, endMs);
      } finally {
        for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
      }
    };
    const bare = run('bare');
    const full = run('import');
    const bigPath = join(folder, 'big.csv');
    writeBigFile(bigPath, csvPath);
    const bigBytes = statSync(bigPath).size;
    const big = inChild('read', '', bigPath, 0, endMs);
    rmSync(bigPath);
    const bareRate = (bare.lines * 1000) / bare.ms;
    const importRate = (full.lines * 1000) / full.ms;
    const label = `${lines.toLocaleString('en-US')} sales lines`;
    return [
      {
        name: `import ${label} from CSV, end to end (vs bare prepared insert, ${BARE_TRANSACTION_LINES.toLocaleString('en-US')}-line transactions)`,
        value: importRate,
        unit: 'lines/s',
        baseline: bareRate,
        ratio: importRate / bareRate,
      },
      { name: `import ${label}: time`, value: full.ms / 1000, unit: 's' },
      { name: `import ${label}: peak memory of the importing process`, value: full.maxRssMb, unit: 'MB' },
      { name: `bare insert ${label}: time`, value: bare.ms / 1000, unit: 's' },
      {
        name: `read a ${(bigBytes / 2 ** 30).toFixed(2)} GiB CSV (${big.lines.toLocaleString('en-US')} rows) through the streamed reader`,
        value: (big.lines * 1000) / big.ms,
        unit: 'rows/s',
      },
      { name: 'read the 1 GiB CSV: peak memory of the reading process', value: big.maxRssMb, unit: 'MB' },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const importSuite: BenchSuite = {
  name: 'import',
  description: 'importing sales history from CSV against a bare prepared insert of the same rows',
  run: importSales,
};

// Child mode: `tsx import.ts <bare|import|read> <db> <csv> <lines> <endMs>` prints one JSON line.
if (process.argv[1] === THIS_FILE) {
  const [mode, dbPath, csvPath, lines, endMs] = process.argv.slice(2);
  const done = (result: ChildResult) => {
    writeFileSync(1, `${JSON.stringify(result)}\n`);
  };
  const failed = (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  };
  if (mode === 'bare') done(bareInsert(dbPath!, Number(lines), Number(endMs)));
  else if (mode === 'read') readAll(csvPath!).then(done, failed);
  else if (mode === 'import') fullImport(dbPath!, csvPath!, Number(endMs)).then(done, failed);
}
