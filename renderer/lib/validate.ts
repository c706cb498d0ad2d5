import type { z } from 'zod';
import { plainIssueMessage } from './plain-issue';

export type FieldErrors = Partial<Record<string, string>>;

/**
 * Plain wording for the generic rules (see plainIssueMessage); messages written into the contract
 * itself (for example the password rule) take precedence over these.
 */
const plainMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.input === '') return 'Required';
  return plainIssueMessage(issue, String(issue.path?.[0] ?? ''));
};

/**
 * Checks form values against the channel's own input schema before sending, so a person sees the
 * same rules the host enforces, next to the field they concern.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: z.input<S>,
): { ok: true; data: z.output<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values, { error: plainMessages });
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
