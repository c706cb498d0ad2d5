import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemTimeZone } from '../../../shared/local-day';
import { ADMIN, openTestBackroom, type TestBackroom } from '../../helpers/backroom';

const FIRST_RUN = {
  storeName: 'Island Shop',
  storeCode: 'ISL',
  adminDisplayName: 'Ada Admin',
  adminUsername: ADMIN.username,
  adminPassword: ADMIN.password,
};

describe('first run: the store’s time zone', () => {
  let t: TestBackroom;
  beforeEach(async () => {
    t = await openTestBackroom();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('keeps the zone chosen', async () => {
    const session = await t.ok('setup.createStore', { ...FIRST_RUN, timeZone: 'Australia/Lord_Howe' });
    const stores = await t.ok('stores.list', {}, session.token);
    expect(stores).toEqual([expect.objectContaining({ code: 'ISL', timeZone: 'Australia/Lord_Howe' })]);
  });

  it('takes the computer’s own zone when none is given', async () => {
    const session = await t.ok('setup.createStore', FIRST_RUN);
    const [store] = await t.ok('stores.list', {}, session.token);
    expect(store!.timeZone).toBe(systemTimeZone());
  });

  it('refuses a zone that does not exist, and creates nothing', async () => {
    expect(await t.call('setup.createStore', { ...FIRST_RUN, timeZone: 'Atlantis/Capital' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.ok('setup.getStatus', {})).toMatchObject({ needsSetup: true });
  });
});
