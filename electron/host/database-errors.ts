import { QueryFailedError } from 'typeorm';
import type { JobKind } from '../../shared/contract/jobs';
import { AppError, isErrorCode } from '../../shared/errors';
import type { WriteHold } from '../jobs/control';

/**
 * Turns what SQLite refused into the closed set of error codes, in product words. Only messages
 * the product wrote itself pass through: triggers that raise "CODE: sentence". Everything else
 * SQLite says (constraint, table and column names, SQL) stays on this side, whatever the kind.
 */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const driverError = error instanceof QueryFailedError ? error.driverError : error;
  const code = (driverError as { code?: unknown } | null)?.code;
  const message = (driverError as { message?: unknown } | null)?.message;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_') || typeof message !== 'string') return null;

  const raised = /^([A-Z_]+): (.+)$/.exec(message);
  if (raised && isErrorCode(raised[1])) return new AppError(raised[1], capitalize(raised[2]!));

  // Any other writer held the file past the busy timeout (SQLITE_BUSY, _SNAPSHOT, _RECOVERY...).
  if (code.startsWith('SQLITE_BUSY')) return savingInProgress(null);

  switch (code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new AppError('CONFLICT', `That ${uniqueField(message)} is already in use.`);
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('NOT_FOUND', 'A record this refers to does not exist, or others still refer to it.');
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new AppError('VALIDATION', 'Some of the data is missing or out of range; nothing was saved.');
    case 'SQLITE_CONSTRAINT_TRIGGER':
      return new AppError('CONFLICT', 'That change is not allowed: this record cannot be edited or removed.');
    default:
      return null;
  }
}

/** What a person calls the work of a job that writes, in a sentence ("Backroom is saving an import"). */
const SAVING: Partial<Record<JobKind, string>> = {
  import: 'an import',
  'demo.load': 'the demo data',
};

/**
 * A write refused because the file is held by other work: what is saving and, when known, about
 * how long it still takes. Nothing was changed, so the same request can simply be sent again.
 */
export function savingInProgress(hold: WriteHold | null): AppError {
  if (!hold) {
    return new AppError(
      'SAVING_IN_PROGRESS',
      'Backroom is busy saving other work. Nothing was changed; try again in a moment.',
    );
  }
  const what = SAVING[hold.kind] ?? 'long work';
  const left = hold.etaSeconds === null ? '' : ` (${aboutHowLong(hold.etaSeconds)} left)`;
  const when = hold.etaSeconds === null ? 'once it has finished' : 'then';
  return new AppError(
    'SAVING_IN_PROGRESS',
    `Backroom is saving ${what}${left}. Nothing was changed; try again ${when}.`,
    { kind: hold.kind, etaSeconds: hold.etaSeconds },
  );
}

/** 42 → "about 45 seconds", 130 → "about 3 minutes": rounded up, as a person would plan. */
function aboutHowLong(seconds: number): string {
  if (seconds < 60) {
    const rounded = Math.max(5, Math.ceil(seconds / 5) * 5);
    return `about ${rounded} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** What a person calls the fields that must be unique; any other one is just "value". */
const UNIQUE_FIELDS: Record<string, string> = {
  'staff_members.username': 'username',
  'products.sku': 'SKU',
  'products.barcode': 'barcode',
  'stores.code': 'store code',
  'customers.email': 'email address',
  'customers.phone': 'phone number',
  'brands.name': 'brand name',
  'suppliers.name': 'supplier name',
  'orders.idempotency_key': 'order key',
};

/** "UNIQUE constraint failed: products.sku" → "SKU"; unknown or composite fields → "value". */
function uniqueField(message: string): string {
  const match = /failed: ([\w".]+)$/.exec(message);
  const column = match?.[1]?.replaceAll('"', '');
  return (column && UNIQUE_FIELDS[column]) ?? 'value';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
