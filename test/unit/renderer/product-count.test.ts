import { describe, expect, it } from 'vitest';
import { productCountText } from '../../../renderer/screens/inventory/product-count';

describe('the line above the product list', () => {
  it('says a search of symbols alone has nothing to look for, instead of ranking every product', () => {
    for (const search of ['🍞', '*', '%', '** %% ~']) {
      expect(productCountText(12, false, 'relevance', search)).toBe(
        '12 products · the search has no letters or digits to look for',
      );
    }
  });

  it('says best match first for a search of words, and nothing of order for a column', () => {
    expect(productCountText(3, true, 'relevance', 'oat milk')).toBe(
      '3 products loaded · scroll for more · best match first',
    );
    expect(productCountText(3, false, 'relevance', '🍞 bread')).toBe('3 products · best match first');
    expect(productCountText(1, false, 'price', '')).toBe('1 product');
    expect(productCountText(0, false, 'relevance', '🍞')).toBe('');
  });
});
