import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../../electron/host/sessions';
import { TestClock } from '../../helpers/clock';

const CLERK = { staffId: 1, role: 'clerk', storeId: 1 } as const;

describe('sessions', () => {
  it('end after idling, and looking at one (a push stream) does not count as activity', () => {
    const clock = new TestClock();
    const sessions = new SessionStore(clock, 30);
    const token = sessions.open(CLERK);
    clock.advanceMinutes(20);
    expect(sessions.peek(token)).toMatchObject(CLERK);
    clock.advanceMinutes(20);
    expect(sessions.peek(token)).toBeNull();
    expect(sessions.touch(token)).toBeNull();
  });

  it('end after their lifetime however busy, and tell who listens', () => {
    const clock = new TestClock();
    const sessions = new SessionStore(clock, 30, 1);
    const ended: string[] = [];
    sessions.onEnd((token) => ended.push(token));
    const token = sessions.open(CLERK);
    for (let i = 0; i < 3; i++) {
      clock.advanceMinutes(20);
      expect(sessions.touch(token)).not.toBeNull();
    }
    clock.advanceMinutes(1);
    expect(sessions.touch(token)).toBeNull();
    expect(ended).toEqual([token]);
  });

  it('end only the sessions that no longer match the staff row', () => {
    const sessions = new SessionStore(new TestClock(), 30);
    const asClerk = sessions.open(CLERK);
    const asManager = sessions.open({ ...CLERK, role: 'manager' });
    const someoneElse = sessions.open({ ...CLERK, staffId: 2 });
    sessions.closeStale(1, { role: 'manager', storeId: 1 });
    expect(sessions.peek(asClerk)).toBeNull();
    expect(sessions.peek(asManager)).not.toBeNull();
    sessions.closeStale(1, null);
    expect(sessions.peek(asManager)).toBeNull();
    expect(sessions.peek(someoneElse)).not.toBeNull();
  });
});
