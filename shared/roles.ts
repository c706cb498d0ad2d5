/** Staff roles, weakest first. A channel names its minimum role; stronger roles inherit it. */
export const ROLES = ['clerk', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** `public` channels answer without a session (first run, login). */
export type Access = 'public' | Role;

export function roleAllows(actual: Role, minimum: Access): boolean {
  if (minimum === 'public') return true;
  return ROLES.indexOf(actual) >= ROLES.indexOf(minimum);
}
