import { expect } from 'vitest';
import type { ProductCreateInput } from '../../../shared/contract';
import type { Envelope, ErrorCode, ErrorPayload } from '../../../shared/errors';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

export interface CatalogFixture {
  t: TestBackroom;
  admin: string;
  manager: string;
  clerk: string;
  storeId: number;
}

/** A store with one session per role; logins hash slowly, so a test file opens this once. */
export async function openCatalog(): Promise<CatalogFixture> {
  const t = await openTestBackroom();
  const { admin, manager, clerk } = await setUpStoreTeam(t, { manager: 'mona', clerk: 'carl' });
  return { t, admin: admin.token, manager, clerk, storeId: admin.staff.storeId };
}

let nextSku = 1;

/** A valid new product with a fresh SKU; tests override what they are about. */
export function productInput(overrides: Partial<ProductCreateInput> = {}): ProductCreateInput {
  return {
    sku: `TEST-${String(nextSku++).padStart(5, '0')}`,
    name: 'Test product',
    priceCents: 499,
    costCents: 250,
    taxRateBp: 825,
    reorderPoint: 5,
    reorderQty: 24,
    allowBackorder: false,
    attributes: {},
    ...overrides,
  };
}

/** The error of an envelope that must have failed with `code`. */
export function expectError(envelope: Envelope<unknown>, code: ErrorCode): ErrorPayload {
  if (envelope.ok) throw new Error(`expected ${code}, got success: ${JSON.stringify(envelope.data).slice(0, 200)}`);
  expect(envelope.error.code, envelope.error.message).toBe(code);
  return envelope.error;
}
