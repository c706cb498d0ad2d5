import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductListSort, ProductRow } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { MAX_RANKED_MATCHES } from '../../../electron/services/catalog/search-plan';
import { openTestBackroom, setUpStore, type TestBackroom } from '../../helpers/backroom';

describe('products.list relevance on a search with too many matches to rank', () => {
  let t: TestBackroom;
  let token: string;

  beforeAll(async () => {
    t = await openTestBackroom();
    token = (await setUpStore(t)).token;
    const sql = sqliteOf(t.backroom.dataSource);
    const insert = sql.prepare('INSERT INTO products (uid, sku, name, price_cents) VALUES (?, ?, ?, 100)');
    sql.transaction(() => {
      // Names in reverse id order, so name order and id order (and bm25 ties) differ.
      for (let i = MAX_RANKED_MATCHES + 20; i > 0; i--)
        insert.run(newUid(), `BULK-${i}`, `Bulk item ${String(i).padStart(6, '0')}`);
      insert.run(newUid(), 'ZETA-1', 'Zeta');
    })();
  });

  afterAll(async () => {
    await t.dispose();
  });

  /** The rows of the first pages, and the order each page says its rows are in. */
  async function firstPages(search: string, pages: number): Promise<{ rows: ProductRow[]; sorts: ProductListSort[] }> {
    const rows: ProductRow[] = [];
    const sorts: ProductListSort[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < pages; page++) {
      const result = await t.ok('products.list', { search, sort: 'relevance', limit: 100, cursor }, token);
      rows.push(...result.items);
      sorts.push(result.sort);
      cursor = result.nextCursor ?? undefined;
    }
    return { rows, sorts };
  }

  it('keeps name order, page after page, and says so, when a word matches more than can be ranked', async () => {
    const { rows, sorts } = await firstPages('bulk', 3);
    expect(sorts).toEqual(['name', 'name', 'name']);
    expect(rows).toHaveLength(300);
    expect(rows.map((row) => row.name)).toEqual(rows.map((row) => row.name).sort());
    expect(rows[0]!.name).toBe('Bulk item 000001');
  });

  it('walks a broad search in stock order, each product once', async () => {
    const rows: ProductRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 3; page++) {
      const result = await t.ok('products.list', { search: 'bulk', sort: 'onHand', limit: 200, cursor }, token);
      rows.push(...result.items);
      cursor = result.nextCursor ?? undefined;
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(600);
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort((a, b) => a - b));
  });

  it('ranks again once the words narrow the matches', async () => {
    // Ten equally good matches: ranked, ties go by id (the reverse of name order here); then the
    // one holding the digits inside a word.
    const { rows, sorts } = await firstPages('bulk 00001', 1);
    expect(sorts).toEqual(['relevance']);
    expect(rows.map((row) => row.name)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Bulk item ${String(19 - i).padStart(6, '0')}`),
      'Bulk item 000001',
    ]);
  });
});
