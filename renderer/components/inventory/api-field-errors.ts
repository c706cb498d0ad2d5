import { isApiError } from '../../api/ApiError';
import { plainIssueMessage, type BrokenRule } from '../../lib/plain-issue';
import type { FieldErrors } from '../../lib/validate';

/**
 * Field messages the host sent with a refusal: VALIDATION lists issues by path, a taken code
 * (CONFLICT) names its field. Attribute issues keep their full path ("attributes.colour"). A
 * generic rule the input broke (a length, a limit) is worded for a person from the rule and its
 * limit; the contract's own messages are shown as they are.
 */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return {};
  const details = error.details as { issues?: unknown; field?: unknown };
  const errors: FieldErrors = {};
  if (isApiError(error, 'CONFLICT') && typeof details.field === 'string') errors[details.field] = error.message;
  if (isApiError(error, 'VALIDATION') && Array.isArray(details.issues)) {
    for (const issue of details.issues as ({ path?: unknown; message?: unknown } & BrokenRule)[]) {
      if (typeof issue.path !== 'string' || typeof issue.message !== 'string') continue;
      const field = issue.path.startsWith('attributes.') ? issue.path : issue.path.split('.')[0]!;
      errors[field] ??= plainIssueMessage(issue, field) ?? issue.message;
    }
  }
  return errors;
}

/**
 * A write refused because someone else changed the record first: the host names the version now
 * current (products say `currentVersion`, purchase orders `version`) or the status it moved to.
 */
export function isStaleVersion(error: unknown): boolean {
  if (!isApiError(error, 'CONFLICT') || typeof error.details !== 'object' || error.details === null) return false;
  return 'currentVersion' in error.details || 'version' in error.details || 'status' in error.details;
}
