import { describe, expect, it } from 'vitest';
import { addDays, daysSpanned, isTimeZone, localDate, localDayRange, localDaysRange } from '../../shared/local-day';

const hours = (range: { from: string; to: string }) => (Date.parse(range.to) - Date.parse(range.from)) / 3_600_000;

describe('local days', () => {
  it('is a plain UTC day in UTC', () => {
    expect(localDayRange('UTC', '2026-03-10')).toEqual({
      from: '2026-03-10T00:00:00.000Z',
      to: '2026-03-11T00:00:00.000Z',
    });
  });

  it('runs 23 hours when London springs forward and 25 when it falls back', () => {
    expect(localDayRange('Europe/London', '2026-03-29')).toEqual({
      from: '2026-03-29T00:00:00.000Z',
      to: '2026-03-29T23:00:00.000Z',
    });
    expect(hours(localDayRange('Europe/London', '2026-03-29'))).toBe(23);
    expect(localDayRange('Europe/London', '2026-10-25')).toEqual({
      from: '2026-10-24T23:00:00.000Z',
      to: '2026-10-26T00:00:00.000Z',
    });
    expect(hours(localDayRange('Europe/London', '2026-07-01'))).toBe(24);
  });

  it('follows New York across both changes', () => {
    expect(localDayRange('America/New_York', '2026-03-08')).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T04:00:00.000Z',
    });
    expect(hours(localDayRange('America/New_York', '2026-11-01'))).toBe(25);
    expect(localDayRange('America/New_York', '2026-12-05').from).toBe('2026-12-05T05:00:00.000Z');
  });

  it('handles Lord Howe, whose clocks move by half an hour', () => {
    // +11 in summer, +10:30 in winter; the change back is on the first Sunday of April.
    expect(localDayRange('Australia/Lord_Howe', '2026-04-05')).toEqual({
      from: '2026-04-04T13:00:00.000Z',
      to: '2026-04-05T13:30:00.000Z',
    });
    expect(hours(localDayRange('Australia/Lord_Howe', '2026-04-05'))).toBe(24.5);
    expect(hours(localDayRange('Australia/Lord_Howe', '2026-10-04'))).toBe(23.5);
  });

  it('handles Kiritimati at UTC+14, and the day it skipped', () => {
    expect(localDayRange('Pacific/Kiritimati', '2026-01-01')).toEqual({
      from: '2025-12-31T10:00:00.000Z',
      to: '2026-01-01T10:00:00.000Z',
    });
    expect(localDate('Pacific/Kiritimati', '2025-12-31T10:00:00.000Z')).toBe('2026-01-01');
    expect(localDate('Pacific/Kiritimati', '2025-12-31T09:59:59.999Z')).toBe('2025-12-31');
    // The island moved from UTC-10 to UTC+14 and 31 December 1994 never happened there.
    expect(hours(localDayRange('Pacific/Kiritimati', '1994-12-31'))).toBe(0);
  });

  it('starts a day at the first instant that exists when the clocks skip midnight', () => {
    // Santiago springs forward at 00:00 local: the day begins at 01:00.
    const range = localDayRange('America/Santiago', '2026-09-06');
    expect(localDate('America/Santiago', range.from)).toBe('2026-09-06');
    expect(localDate('America/Santiago', Date.parse(range.from) - 1)).toBe('2026-09-05');
    expect(hours(range)).toBe(23);
  });

  it('tells the local date of an instant', () => {
    expect(localDate('America/New_York', '2026-12-06T04:59:59.999Z')).toBe('2026-12-05');
    expect(localDate('America/New_York', '2026-12-06T05:00:00.000Z')).toBe('2026-12-06');
  });

  it('spans several days and steps over month and leap-year ends', () => {
    expect(hours(localDaysRange('Europe/London', '2026-03-28', '2026-03-30'))).toBe(71);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('refuses dates that are not on the calendar and zones that do not exist', () => {
    expect(() => localDayRange('UTC', '2026-02-30')).toThrow(RangeError);
    expect(() => localDayRange('UTC', '26-1-1')).toThrow(RangeError);
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});

describe('days spanned', () => {
  it('counts both ends, across a leap day and a year end', () => {
    expect(daysSpanned('2026-05-10', '2026-05-10')).toBe(1);
    expect(daysSpanned('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysSpanned('2025-12-30', '2026-01-02')).toBe(4);
  });
});
