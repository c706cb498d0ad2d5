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
  storeId: id,
  storeName: z.string(),
});
export type StaffProfile = z.infer<typeof staffProfile>;

export const session = z.object({ token: z.string(), staff: staffProfile, idleTimeoutMinutes: z.number() });
export type Session = z.infer<typeof session>;

/** Usernames are what staff type at the till: short, no spaces, case-insensitive. */
export const username = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dot, dash or underscore');

/** Long enough to resist guessing; the upper bound keeps hashing cheap and predictable. */
export const newPassword = z.string().min(10, 'Use at least 10 characters').max(200);

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
  'auth.logout': channel({ input: empty, output: empty, access: 'clerk', writes: false }),
  'auth.getSession': channel({ input: empty, output: staffProfile, access: 'clerk', writes: false }),
};

export const staffChannels = {
  'staff.list': channel({ input: empty, output: z.array(staffProfile), access: 'manager', writes: false }),
  'staff.create': channel({
    input: z.strictObject({
      displayName: text(120),
      username,
      password: newPassword,
      role: z.enum(ROLES),
    }),
    output: staffProfile,
    access: 'admin',
    writes: true,
  }),
  /**
   * Changes a staff member's role, store or standing, or resets their password (which also lifts a
   * lockout). Any of these ends the member's open sessions. Admins cannot demote or disable themselves.
   */
  'staff.update': channel({
    input: z
      .strictObject({
        staffId: id,
        displayName: text(120).optional(),
        role: z.enum(ROLES).optional(),
        storeId: id.optional(),
        isActive: z.boolean().optional(),
        password: newPassword.optional(),
      })
      .refine((change) => Object.keys(change).length > 1, { message: 'Give at least one change' }),
    output: staffProfile,
    access: 'admin',
    writes: true,
  }),
};
