import { describe, expect, it } from 'vitest';
import { assertStoreScope } from '../../../electron/services/permissions/store-scope';
import { AppError, type ErrorPayload } from '../../../shared/errors';
import { errorTitle } from '../../../renderer/lib/error-titles';

/** The answer the host sends when the store-scope rule refuses. */
function storeRefusal(): ErrorPayload {
  try {
    assertStoreScope({ role: 'manager', storeId: 1, storeIds: [1, 2] }, 3);
  } catch (error) {
    if (error instanceof AppError) return error.toPayload();
    throw error;
  }
  throw new Error('the store-scope rule let a manager act in a store they do not work in');
}

describe('the heading of a refusal', () => {
  it('names the store, not the role, when the store-scope rule refused', () => {
    const refusal = storeRefusal();
    expect(refusal.code).toBe('FORBIDDEN');
    expect(errorTitle(refusal.code, refusal.details)).toBe('Not allowed in this store');
  });

  it('names the role when the role refused', () => {
    expect(errorTitle('FORBIDDEN', { required: 'manager' })).toBe('Not allowed for your role');
  });
});
