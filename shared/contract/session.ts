import { z } from 'zod';
import { ROLES } from '../roles';
import { channel } from './channel';
import { empty, id, text } from './common';
import { timeZoneName } from './stores';

export const staffProfile = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** The member's home store. */
  storeId: id,
  storeName: z.string(),
  /** Every store the member may work in, the home store among them (an admin works in all). */
  storeIds: z.array(id),
  isActive: z.boolean(),
  hasPin: z.boolean(),
  /** An admin reset the password: the member must choose their own before anything else. */
  mustChangePassword: z.boolean(),
});
export type StaffProfile = z.infer<typeof staffProfile>;

export const session = z.object({
  token: z.string(),
  staff: staffProfile,
  idleTimeoutMinutes: z.number(),
  /** Minutes without use before the screen locks itself (the session stays, behind the PIN or password). */
  lockAfterMinutes: z.number().optional(),
  /** The session answers nothing but a password change (and logout) until one is made. */
  mustChangePassword: z.boolean().optional(),
});
export type Session = z.infer<typeof session>;

/** Usernames are what staff type at the till: short, no spaces, case-insensitive. */
export const username = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dot, dash or underscore');

/** The stores a member may work in: at least one, each once. */
const storeIdList = z
  .array(id)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'Name each store once');

/** Long enough to resist guessing; the upper bound keeps hashing cheap and predictable. */
export const newPassword = z.string().min(10, 'Use at least 10 characters').max(200);

/** A password as typed to prove who one is: never trimmed, bounded like a new one. */
const currentPassword = z.string().min(1).max(200);

/** A PIN as typed at the till: 4 to 6 digits. */
const pinDigits = z.string().regex(/^[0-9]{4,6}$/, 'Use 4 to 6 digits');

/**
 * PINs guessed first: one digit repeated (0000) or a run up or down, wrapping round the keypad
 * (1234, 7890, 6543). A short PIN is only as strong as it is unpredictable, so these are refused.
 */
export function isWeakPin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => (digit - digits[index]! + 10) % 10));
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]!);
}

export const newPin = pinDigits.refine((pin) => !isWeakPin(pin), 'Too easy to guess: avoid repeated digits and runs');

/** How long sessions last: until idle, at most, and before the screen locks itself. */
export const sessionSettings = z.object({
  idleTimeoutMinutes: z.number().int().min(5).max(720),
  lifetimeHours: z.number().int().min(1).max(24),
  lockAfterMinutes: z.number().int().min(1).max(120),
});
export type SessionSettings = z.infer<typeof sessionSettings>;

export const setupChannels = {
  'setup.getStatus': channel({
    input: empty,
    output: z.object({ needsSetup: z.boolean(), storeName: z.string().nullable() }),
    access: 'public',
    writes: false,
  }),
  'setup.createStore': channel({
    input: z.strictObject({
      storeName: text(120),
      storeCode: z
        .string()
        .trim()
        .min(2)
        .max(12)
        .regex(/^[A-Z0-9-]+$/, 'Use capital letters, digits and dashes'),
      adminDisplayName: text(120),
      adminUsername: username,
      adminPassword: newPassword,
      /** The store's IANA time zone; the computer's own when left out. */
      timeZone: timeZoneName.optional(),
    }),
    output: session,
    access: 'public',
    writes: true,
  }),
};

export const authChannels = {
  /** Not a dispatcher write: a failed attempt must still be counted and audited, so login writes its own rows. */
  'auth.login': channel({
    input: z.strictObject({ username: z.string().trim().min(1).max(40), password: z.string().min(1).max(200) }),
    output: session,
    access: 'public',
    writes: false,
  }),
  /** Quick switching at a shared till: username and PIN, counted and locked apart from the password. */
  'auth.pinLogin': channel({
    input: z.strictObject({ username: z.string().trim().min(1).max(40), pin: z.string().min(1).max(6) }),
    output: session,
    access: 'public',
    writes: false,
  }),
  'auth.logout': channel({ input: empty, output: empty, access: 'clerk', writes: false }),
  'auth.getSession': channel({ input: empty, output: staffProfile, access: 'clerk', writes: false }),
  /** Replaces one's own password; lifts a forced change. A wrong current password counts like a refused login. */
  'auth.changePassword': channel({
    input: z.strictObject({ currentPassword, newPassword }),
    output: staffProfile,
    access: 'clerk',
    writes: true,
  }),
  /** Covers the screen: the session answers nothing but unlock, logout and who it is until unlocked. */
  'auth.lock': channel({ input: empty, output: empty, access: 'clerk', writes: false }),
  /** Unlocks one's own locked session with the PIN or the password, under the same failure rules as logging in. */
  'auth.unlock': channel({
    input: z.union([z.strictObject({ pin: z.string().min(1).max(6) }), z.strictObject({ password: currentPassword })]),
    output: empty,
    access: 'clerk',
    writes: false,
  }),
  /** Ends every session of the caller, this one included (a lost till, a shared password). */
  'auth.signOutEverywhere': channel({ input: empty, output: empty, access: 'clerk', writes: true }),
};

export const sessionSettingsChannels = {
  'settings.getSessions': channel({ input: empty, output: sessionSettings, access: 'clerk', writes: false }),
  /** Changes the settings given; open sessions follow the new limits from their next call. */
  'settings.setSessions': channel({
    input: z
      .strictObject({
        idleTimeoutMinutes: sessionSettings.shape.idleTimeoutMinutes.optional(),
        lifetimeHours: sessionSettings.shape.lifetimeHours.optional(),
        lockAfterMinutes: sessionSettings.shape.lockAfterMinutes.optional(),
      })
      .refine((settings) => Object.keys(settings).length > 0, { message: 'Give at least one setting' }),
    output: sessionSettings,
    access: 'admin',
    writes: true,
  }),
};

export const staffChannels = {
  /** Active members; disabled ones too when asked (the admin screen enables them again). */
  'staff.list': channel({
    input: z.strictObject({ includeDisabled: z.boolean().optional() }),
    output: z.array(staffProfile),
    access: 'manager',
    writes: false,
  }),
  /** The home store is the admin's own unless named; `storeIds` must include it (default: the home store alone). */
  'staff.create': channel({
    input: z.strictObject({
      displayName: text(120),
      username,
      password: newPassword,
      role: z.enum(ROLES),
      storeId: id.optional(),
      storeIds: storeIdList.optional(),
    }),
    output: staffProfile,
    access: 'admin',
    writes: true,
  }),
  /**
   * Changes a staff member's role, stores or standing, or resets their password (which also lifts a
   * lockout, and makes them choose a new one at their next login unless admins reset their own).
   * Any of these ends the member's open sessions. Admins cannot demote or disable themselves. The
   * home store must stay among `storeIds`.
   */
  'staff.update': channel({
    input: z
      .strictObject({
        staffId: id,
        displayName: text(120).optional(),
        role: z.enum(ROLES).optional(),
        storeId: id.optional(),
        storeIds: storeIdList.optional(),
        isActive: z.boolean().optional(),
        password: newPassword.optional(),
      })
      .refine((change) => Object.keys(change).length > 1, { message: 'Give at least one change' }),
    output: staffProfile,
    access: 'admin',
    writes: true,
  }),
  /**
   * Sets or clears a PIN. One's own needs one's password (counted like a refused login); an admin
   * may clear anyone's without it, never set it.
   */
  'staff.setPin': channel({
    input: z.strictObject({
      staffId: id.optional(),
      pin: newPin.nullable(),
      password: currentPassword.optional(),
    }),
    output: staffProfile,
    access: 'clerk',
    writes: true,
  }),
  /** Ends every open session of a member (a till left signed in, a suspected shared password). */
  'staff.signOut': channel({ input: z.strictObject({ staffId: id }), output: empty, access: 'admin', writes: true }),
};
