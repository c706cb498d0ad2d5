import { describe, expect, it } from 'vitest';
import { formatStoreDate, formatStoreDateTime } from '../../../renderer/screens/orders/store-time';

describe('a sale’s time on the store’s clock', () => {
  it('shows an instant on the wall clock of the store’s zone, whatever the computer’s zone', () => {
    // 03:30 UTC on 7 December is still the evening of 6 December in Chicago (UTC−6).
    const chicago = formatStoreDateTime('2026-12-07T03:30:00.000Z', 'America/Chicago');
    const tokyo = formatStoreDateTime('2026-12-07T03:30:00.000Z', 'Asia/Tokyo');
    expect(chicago).toMatch(/\b6\b/);
    expect(chicago).toMatch(/9:30/);
    expect(tokyo).toMatch(/12:30/);
    expect(chicago).not.toBe(tokyo);
  });

  it('leaves an unreadable instant blank', () => {
    expect(formatStoreDateTime('not a time', 'America/Chicago')).toBe('');
  });

  it('gives the store’s calendar day without a time, not the computer’s day', () => {
    // The same instant is 6 December in Chicago and 7 December in Tokyo.
    const chicago = formatStoreDate('2026-12-07T03:30:00.000Z', 'America/Chicago');
    const tokyo = formatStoreDate('2026-12-07T03:30:00.000Z', 'Asia/Tokyo');
    expect(chicago).toMatch(/\b6\b/);
    expect(chicago).not.toMatch(/\b7\b/);
    expect(tokyo).toMatch(/\b7\b/);
    expect(chicago).not.toMatch(/:/);
    expect(formatStoreDate('not a time', 'Asia/Tokyo')).toBe('');
  });
});
