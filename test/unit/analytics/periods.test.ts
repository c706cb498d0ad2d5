import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/local-day';
import { coverOf, periodsOf } from '../../../electron/services/analytics/periods';

/** The days a period holds: a year 'YYYY', a quarter 'YYYY-Qn', a month 'YYYY-MM', a block 'YYYY-MM-DD/8' or a day. */
function daysOfPeriod(period: string): string[] {
  let from: string;
  let to: string;
  if (/^\d{4}$/.test(period)) [from, to] = [`${period}-01-01`, `${period}-12-31`];
  else if (/^\d{4}-Q\d$/.test(period)) {
    const first = Number(period.slice(6)) * 3 - 2;
    from = `${period.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
    to = addDays(`${addDays(`${from.slice(0, 8)}28`, 65).slice(0, 8)}01`, -1);
  } else if (/^\d{4}-\d{2}$/.test(period))
    [from, to] = [`${period}-01`, addDays(`${addDays(`${period}-28`, 5).slice(0, 7)}-01`, -1)];
  else if (period.endsWith('/8')) {
    from = period.slice(0, 10);
    const date = Number(from.slice(8));
    to = date === 25 ? addDays(`${addDays(`${from.slice(0, 8)}28`, 5).slice(0, 8)}01`, -1) : addDays(from, 7);
  } else [from, to] = [period, period];
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

const day = fc.integer({ min: 0, max: 1_400 }).map((offset) => addDays('2024-11-01', offset));

describe('the periods a range is read at', () => {
  it('are exactly its days (periodsOf), and covered whole by coverOf', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [fromDay, toDay] = a <= b ? [a, b] : [b, a];
        const wanted: string[] = [];
        for (let d = fromDay; d <= toDay; d = addDays(d, 1)) wanted.push(d);
        expect(periodsOf(fromDay, toDay).flatMap(daysOfPeriod)).toEqual(wanted);
        const covered = new Set(coverOf(fromDay, toDay).flatMap(daysOfPeriod));
        expect(wanted.every((d) => covered.has(d))).toBe(true);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('covers long ranges with the years they touch, shorter ones with quarters, short ones with months', () => {
    expect(coverOf('2025-11-17', '2026-10-16')).toEqual(['2025', '2026']);
    expect(coverOf('2026-02-03', '2026-05-30')).toEqual(['2026-Q1', '2026-Q2']);
    expect(coverOf('2026-10-03', '2026-11-20')).toEqual(['2026-Q4']);
    expect(coverOf('2025-12-30', '2026-01-02')).toEqual(['2025-12', '2026-01']);
    expect(coverOf('2026-05-10', '2026-05-10')).toEqual(['2026-05']);
  });
});
