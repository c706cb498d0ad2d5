import { QueryFailedError } from 'typeorm';
import { AppError, isErrorCode } from '../../shared/errors';

/**
 * Turns what SQLite refused into the closed set of error codes. Triggers raise messages that
 * start with a code ("INSUFFICIENT_STOCK: ..."); constraint failures map by kind.
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const driverError = error instanceof QueryFailedError ? error.driverError : error;
  const code = (driverError as { code?: unknown } | null)?.code;
  const message = (driverError as { message?: unknown } | null)?.message;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_') || typeof message !== 'string') return null;

  const raised = /^([A-Z_]+): (.+)$/.exec(message);
  if (raised && isErrorCode(raised[1])) return new AppError(raised[1], capitalize(raised[2]!));

  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('CONFLICT', `That ${uniqueField(message)} is already in use.`);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('NOT_FOUND', 'A record this refers to does not exist, or others still refer to it.');
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', 'The data breaks a rule of the database.', { rule: message });
    case 'SQLITE_CONSTRAINT_TRIGGER':
      return new AppError('CONFLICT', capitalize(message));
    default:
      return null;
  }
}

/** "UNIQUE constraint failed: products.sku" → "sku". */
function uniqueField(message: string): string {
  const match = /failed: [\w"]+\.([\w"]+)/.exec(message);
  return match ? match[1]!.replaceAll('"', '').replaceAll('_', ' ') : 'value';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
