import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../renderer/lib/format';
import { countEntry, entryProblem, isUnusualDifference } from '../../../renderer/screens/inventory/count/count-entry';

describe('a stock count line', () => {
  it('takes a whole number from 0 to 1,000,000 as the count, and an empty box as not counted', () => {
    expect(countEntry('12')).toEqual({ counted: 12 });
    expect(countEntry(' 0 ')).toEqual({ counted: 0 });
    expect(countEntry('1000000')).toEqual({ counted: 1_000_000 });
    expect(countEntry('')).toEqual({ counted: '' });
  });

  it('keeps what is not a count as typed, uncounted, and says what to type instead', () => {
    const huge = countEntry('99999999999');
    expect(huge).toEqual({ counted: '', typed: '99999999999' });
    expect(entryProblem(huge)).toBe(`Count at most ${formatCount(1_000_000)}`);

    const negative = countEntry('-5');
    expect(negative).toEqual({ counted: '', typed: '-5' });
    expect(entryProblem(negative)).toBe('A count cannot be below 0');

    expect(entryProblem(countEntry('2.5'))).toBe('Enter a whole number');
    expect(entryProblem(countEntry('7'))).toBeNull();
  });

  it('marks a difference of more than 1,000 units or more than ten times the stock expected', () => {
    expect(isUnusualDifference(5, 9_999_999)).toBe(true);
    expect(isUnusualDifference(5_000, 6_001)).toBe(true);
    expect(isUnusualDifference(3, 34)).toBe(true);
    expect(isUnusualDifference(3, 33)).toBe(false);
    expect(isUnusualDifference(5_000, 4_200)).toBe(false);
    expect(isUnusualDifference(0, 24)).toBe(false);
    expect(isUnusualDifference(0, 1_001)).toBe(true);
    expect(isUnusualDifference(40, 0)).toBe(false);
  });
});
