import { describe, expect, it } from 'vitest';
import { backupDue } from '../../../electron/backup/schedule';

describe('backupDue', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it('is due at once with no backup yet, and again once the interval has passed', () => {
    expect(backupDue(null, now, 4)).toBe(true);
    expect(backupDue(new Date('2026-12-06T08:00:01Z'), now, 4)).toBe(false);
    expect(backupDue(new Date('2026-12-06T08:00:00Z'), now, 4)).toBe(true);
    expect(backupDue(new Date('2026-12-05T12:00:00Z'), now, 24)).toBe(true);
  });
});
