import { describe, expect, it } from 'vitest';
import { productCountText } from '../../../renderer/screens/inventory/product-count';

const RANKED = { asked: 'relevance', shown: 'relevance' } as const;

describe('the line above the product list', () => {
  it('says a search of symbols alone has nothing to look for, instead of ranking every product', () => {
    for (const search of ['🍞', '*', '%', '** %% ~']) {
      expect(productCountText(12, false, RANKED, search)).toBe(
        '12 products · the search has no letters or digits to look for',
      );
    }
  });

  it('says best match first for a search of words, and nothing of order for a column', () => {
    expect(productCountText(3, true, RANKED, 'oat milk')).toBe(
      '3 products loaded · scroll for more · best match first',
    );
    expect(productCountText(3, false, RANKED, '🍞 bread')).toBe('3 products · best match first');
    expect(productCountText(1, false, { asked: 'price', shown: 'price' }, '')).toBe('1 product');
    expect(productCountText(0, false, RANKED, '🍞')).toBe('');
  });

  it('says the list is by name when the host had too many matches to rank, instead of best match first', () => {
    expect(productCountText(100, true, { asked: 'relevance', shown: 'name' }, 'bulk')).toBe(
      '100 products loaded · scroll for more · by name: too many matches to rank, type more to narrow them',
    );
    expect(productCountText(100, true, { asked: 'name', shown: 'name' }, 'bulk')).toBe(
      '100 products loaded · scroll for more',
    );
  });
});
