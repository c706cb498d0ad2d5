import type { Role } from '../../shared/roles';

export const ROLE_LABELS: Record<Role, string> = { clerk: 'Clerk', manager: 'Manager', admin: 'Admin' };
