import { describe, expect, it } from 'vitest';
import { ClientAttempts } from '../../../electron/services/auth/client-attempts';
import { TestClock } from '../../helpers/clock';

const LIMITS = { loginFailureDelayMs: 100, clientFailureLimit: 8, clientFailureWindowMinutes: 15 };

describe('refused passwords per client', () => {
  it('holds each answer back longer, doubling up to sixteen times the base delay', () => {
    const attempts = new ClientAttempts(new TestClock(), LIMITS);
    const delays = Array.from({ length: 7 }, () => attempts.fail('kiosk'));
    expect(delays).toEqual([100, 200, 400, 800, 1_600, 1_600, 1_600]);
    expect(attempts.fail('till')).toBe(100);
  });

  it('blocks a client at the limit until its failures leave the window', () => {
    const clock = new TestClock();
    const attempts = new ClientAttempts(clock, LIMITS);
    for (let i = 0; i < 7; i++) attempts.fail('kiosk');
    expect(attempts.isBlocked('kiosk')).toBe(false);
    clock.advanceMinutes(10);
    attempts.fail('kiosk');
    expect(attempts.isBlocked('kiosk')).toBe(true);
    expect(attempts.isBlocked('till')).toBe(false);
    // The first seven are older than the window now; one recent failure is left.
    clock.advanceMinutes(6);
    expect(attempts.isBlocked('kiosk')).toBe(false);
    expect(attempts.fail('kiosk')).toBe(200);
  });
});
