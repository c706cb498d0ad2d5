import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { PushEvent } from '../../../shared/events';
import { handlers } from '../../../electron/handlers';
import { defaultHostSettings, type Handler } from '../../../electron/host/context';
import { createDispatcher } from '../../../electron/host/dispatcher';
import type { Audience } from '../../../electron/host/events';
import { newUid } from '../../../database/ids';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

const progress = (done: number) => ({ task: 'demo', phase: 'catalog', done, total: 10 });

describe('push events', () => {
  let t: TestBackroom;
  let admin: string;
  let manager: string;
  let clerk: string;
  let otherStoreClerk: string;
  let storeId: number;

  beforeEach(async () => {
    t = await openTestBackroom();
    const team = await setUpStoreTeam(t, { manager: 'mia', clerk: 'carl' });
    ({ manager, clerk } = team);
    admin = team.admin.token;
    storeId = team.admin.staff.storeId;
    const [{ id: otherStore }] = await t.backroom.dataSource.query(
      `INSERT INTO stores (uid, code, name) VALUES (?, 'OT-02', 'Other Town') RETURNING id`,
      [newUid()],
    );
    otherStoreClerk = t.backroom.sessions.open({ staffId: 999, role: 'clerk', storeId: otherStore });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const who = () => ({ admin, manager, clerk, otherStoreClerk });
  const reaches = (audience: Audience) =>
    Object.entries(who())
      .filter(([, token]) => t.backroom.events.admits(audience, token))
      .map(([name]) => name);

  it('reach only the sessions their audience names', async () => {
    expect(reaches({})).toEqual(['admin', 'manager', 'clerk', 'otherStoreClerk']);
    // An admin belongs to every store.
    expect(reaches({ storeId })).toEqual(['admin', 'manager', 'clerk']);
    expect(reaches({ storeId, minRole: 'manager' })).toEqual(['admin', 'manager']);
    const carl = (await t.ok('auth.getSession', {}, clerk)).id;
    expect(reaches({ staffId: carl })).toEqual(['clerk']);
    expect(reaches({ sessionToken: manager })).toEqual(['manager']);
    expect(t.backroom.events.admits({}, null)).toBe(false);
    expect(t.backroom.events.admits({}, 'not a session')).toBe(false);

    await t.ok('auth.logout', {}, clerk);
    expect(reaches({ storeId })).toEqual(['admin', 'manager']);
  });

  it('from a writing call are sent only once its transaction commits, and never after a rollback', async () => {
    const heard: PushEvent[] = [];
    t.backroom.events.subscribe((event) => heard.push(event));
    let heardInsideTransaction = -1;
    const emitting: Handler<'settings.setSales'> = (input, ctx) => {
      ctx.events.emit('session.expired', {}, { storeId });
      ctx.events.emit('task.progress', progress(1), { storeId });
      heardInsideTransaction = heard.length;
      if (input.approvalThresholdBp === 1) throw new AppError('CONFLICT', 'Refused on purpose.');
      return handlers['settings.setSales'](input, ctx);
    };
    const dispatcher = createDispatcher({
      dataSource: t.backroom.dataSource,
      handlers: { ...handlers, 'settings.setSales': emitting },
      sessions: t.backroom.sessions,
      events: t.backroom.events,
      clock: t.clock,
      settings: defaultHostSettings,
    });
    const caller = { sessionToken: admin, transport: 'test' as const, client: 'test' };

    const saved = await dispatcher.invoke('settings.setSales', { approvalThresholdBp: 2_000 }, caller);
    expect(saved).toMatchObject({ ok: true });
    // Progress is not a claim about data, so it went out at once; the rest waited for COMMIT.
    expect(heardInsideTransaction).toBe(1);
    expect(heard.map((event) => event.name)).toEqual(['task.progress', 'session.expired']);

    heard.length = 0;
    const refused = await dispatcher.invoke('settings.setSales', { approvalThresholdBp: 1 }, caller);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(heard.map((event) => event.name)).toEqual(['task.progress']);
  });
});
