import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackroom } from '../../helpers/backroom';
import { openCustomerDesk } from './customer-desk';
import type { SalesFixture } from './sales-fixture';

describe('customers.recordInteraction', () => {
  let t: TestBackroom;
  let clerk: string;
  let manager: string;
  let customerId: number;
  let productId: number;

  beforeAll(async () => {
    let sales: SalesFixture;
    ({ t, clerk, manager, sales } = await openCustomerDesk());
    productId = sales.product('Espresso Beans');
    customerId = (await t.ok('customers.create', { firstName: 'Ann', lastName: 'Lee' }, clerk)).id;
  });

  afterAll(async () => {
    await t.dispose();
  });

  it('records views, baskets and ratings at the clock’s time, and the profile counts them', async () => {
    const viewed = await t.ok('customers.recordInteraction', { customerId, productId, kind: 'viewed' }, clerk);
    expect(viewed).toEqual({
      id: viewed.id,
      customerId,
      productId,
      kind: 'viewed',
      rating: null,
      occurredAt: t.clock.now().toISOString(),
    });
    await t.ok('customers.recordInteraction', { customerId, productId, kind: 'added_to_cart' }, clerk);
    const rated = await t.ok('customers.recordInteraction', { customerId, productId, kind: 'rated', rating: 4 }, clerk);
    expect(rated.rating).toBe(4);
    const profile = await t.ok('customers.get', { id: customerId }, clerk);
    expect(profile.interactionCounts).toEqual({ viewed: 1, added_to_cart: 1, bought: 0, rated: 1 });
  });

  it.each([
    [{ kind: 'rated' }],
    [{ kind: 'rated', rating: 6 }],
    [{ kind: 'rated', rating: 0 }],
    [{ kind: 'rated', rating: 3.5 }],
    [{ kind: 'viewed', rating: 5 }],
    [{ kind: 'bought' }],
    [{ kind: 'viewed', quantity: 2 }],
  ])('refuses %j', async (fields) => {
    const result = await t.call('customers.recordInteraction', { customerId, productId, ...fields }, clerk);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses an unknown product or customer, and an archived customer', async () => {
    const unknownProduct = await t.call(
      'customers.recordInteraction',
      { customerId, productId: 9999, kind: 'viewed' },
      clerk,
    );
    expect(unknownProduct).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unknownCustomer = await t.call(
      'customers.recordInteraction',
      { customerId: 9999, productId, kind: 'viewed' },
      clerk,
    );
    expect(unknownCustomer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const { id } = await t.ok('customers.create', { firstName: 'Old', lastName: 'Friend' }, clerk);
    await t.ok('customers.archive', { id }, manager);
    const archived = await t.call('customers.recordInteraction', { customerId: id, productId, kind: 'viewed' }, clerk);
    expect(archived).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
