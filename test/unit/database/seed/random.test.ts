import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../../database/seed/random';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: string) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    expect(draw('backroom')).toEqual(draw('backroom'));
    expect(draw('backroom')).not.toEqual(draw('backroom2'));
  });

  it('makes valid UUIDv7s stamped with the given time', () => {
    const uid = new SeededRandom('uids').uid(Date.UTC(2026, 0, 1));
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(uid.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 0, 1));
  });

  it('draws integers within bounds and skewed indexes favouring the front', () => {
    const random = new SeededRandom('bounds');
    const draws = Array.from({ length: 10_000 }, () => random.int(3, 7));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(7);
    const skewed = Array.from({ length: 10_000 }, () => random.skewedIndex(100, 2));
    expect(skewed.filter((index) => index < 25).length).toBeGreaterThan(4_500);
  });
});
