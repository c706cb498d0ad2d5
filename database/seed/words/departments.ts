import { AISLE_DEPARTMENTS } from './aisle-departments';
import type { DepartmentSpec } from './department-spec';
import { FRESH_DEPARTMENTS } from './fresh-departments';

/** Every department of the demo catalog: the top level of its category tree. */
export const DEPARTMENTS: readonly DepartmentSpec[] = [...FRESH_DEPARTMENTS, ...AISLE_DEPARTMENTS];
