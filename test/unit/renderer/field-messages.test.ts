import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { ApiError } from '../../../renderer/api/ApiError';
import { apiFieldErrors } from '../../../renderer/components/inventory/api-field-errors';
import { money } from '../../../renderer/components/inventory/money';
import { formatCount } from '../../../renderer/lib/format';
import { validate } from '../../../renderer/lib/validate';

const settings = { folder: '/media/usb/backups', everyHours: 24, keepRecent: 6, onQuit: false };

/** A VALIDATION refusal as the dispatcher sends it: the schema's text, and the rule with its limit. */
function refusal(issues: object[]): ApiError {
  return new ApiError({ code: 'VALIDATION', message: 'refused', details: { issues } });
}

describe('field messages a person reads', () => {
  it('words a form’s own length and number checks plainly, money limits as money', () => {
    const backups = validate(contract['backups.setSettings'].input, {
      ...settings,
      passphrase: 'short',
      everyHours: 500,
    });
    expect(backups).toEqual({
      ok: false,
      errors: { everyHours: `Enter at most ${formatCount(168)}`, passphrase: 'Use at least 12 characters' },
    });
    const adjust = validate(contract['stock.adjust'].input, { productId: 1, quantity: 2.5, reason: 'damaged' });
    expect(adjust).toEqual({ ok: false, errors: { quantity: 'Enter a whole number' } });
    const product = validate(contract['products.create'].input.pick({ priceCents: true }), {
      priceCents: 1_000_000_000_01,
    });
    expect(product).toEqual({ ok: false, errors: { priceCents: `Enter at most ${money(1_000_000_000_00)}` } });
  });

  it('words the host’s refusal of a generic rule from the rule and its limit, not the schema’s text', () => {
    const errors = apiFieldErrors(
      refusal([
        {
          path: 'passphrase',
          message: 'Too small: expected string to have >=12 characters',
          code: 'too_small',
          origin: 'string',
          minimum: 12,
          inclusive: true,
        },
        {
          path: 'quantity',
          message: 'Too big: expected number to be <=1000000',
          code: 'too_big',
          origin: 'number',
          maximum: 1_000_000,
          inclusive: true,
        },
        {
          path: 'name',
          message: 'Too small: expected string to have >=1 characters',
          code: 'too_small',
          origin: 'string',
          minimum: 1,
          inclusive: true,
        },
        {
          path: 'leadTimeDays',
          message: 'Invalid input: expected number, received NaN',
          code: 'invalid_type',
          expected: 'number',
        },
      ]),
    );
    expect(errors).toEqual({
      passphrase: 'Use at least 12 characters',
      quantity: `Enter at most ${formatCount(1_000_000)}`,
      name: 'Required',
      leadTimeDays: 'Enter a number',
    });
  });

  it('keeps the contract’s own messages and the field a conflict names', () => {
    const custom = apiFieldErrors(
      refusal([{ path: 'folder', message: 'Give the full path of a folder.', code: 'custom' }]),
    );
    expect(custom).toEqual({ folder: 'Give the full path of a folder.' });
    const taken = new ApiError({
      code: 'CONFLICT',
      message: 'Another customer already has this email address.',
      details: { field: 'email' },
    });
    expect(apiFieldErrors(taken)).toEqual({ email: 'Another customer already has this email address.' });
  });
});
