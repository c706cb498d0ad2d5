import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../renderer/lib/format';
import { readLapsedDays } from '../../../renderer/screens/customers/lists/lapsed-days';

describe('the lapsed list’s number of days', () => {
  it('takes a whole number of days from 1 to ten years', () => {
    expect(readLapsedDays(1)).toEqual({ days: 1 });
    expect(readLapsedDays(90)).toEqual({ days: 90 });
    expect(readLapsedDays(3650)).toEqual({ days: 3650 });
  });

  it('names the allowed range for anything else, an empty box included', () => {
    const problem = `Enter a whole number of days from 1 to ${formatCount(3650)}`;
    for (const typed of [0, -5, 3651, 99999, 2.5, '', '-']) {
      expect(readLapsedDays(typed)).toEqual({ problem });
    }
  });
});
