import { describe, expect, it } from 'vitest';
import { seedTimeline } from '../../../database/seed/seed-time';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the demo calendar', () => {
  it('ends at the start of the given day and begins eighteen months earlier', () => {
    const time = seedTimeline(new Date('2026-12-05T14:20:00Z'));
    expect(new Date(time.endMs).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(new Date(time.historyStartMs).toISOString()).toBe('2025-06-05T00:00:00.000Z');
    expect(day(time.setupMs)).toBe('2025-05-06');
  });

  it('starts on the last day of a shorter month', () => {
    expect(day(seedTimeline(new Date('2026-08-31T23:59:59Z')).historyStartMs)).toBe('2025-02-28');
    expect(day(seedTimeline(new Date('2025-08-31T00:00:00Z')).historyStartMs)).toBe('2024-02-29');
  });

  it('gives the same timeline for any time of the same day', () => {
    expect(seedTimeline(new Date('2026-03-01T00:00:00Z'))).toEqual(seedTimeline(new Date('2026-03-01T23:59:59.999Z')));
  });

  it('refuses an invalid date', () => {
    expect(() => seedTimeline(new Date('not a date'))).toThrow(/valid end date/);
  });
});
