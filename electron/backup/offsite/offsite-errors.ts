import { AppError } from '../../../shared/errors';
import type { OffsiteSettings } from './destination';

/**
 * Why the bucket could not be used; the Backups screen and the CLI say it in words, tests branch on it.
 * The server's credential answers are told apart: an access key id it does not know (`unknownKey`),
 * a secret that does not go with the key id (`wrongSecret`: the request's signature did not match),
 * and a key it knows that may not do this (`refused`).
 */
export type OffsiteProblem =
  'notSetUp' | 'unreachable' | 'noBucket' | 'unknownKey' | 'wrongSecret' | 'refused' | 'notFound' | 'failed';

export function offsiteRefused(problem: OffsiteProblem, message: string): AppError {
  return new AppError(problem === 'notSetUp' ? 'VALIDATION' : 'CONFLICT', message, { offsite: problem });
}

export function offsiteProblemOf(error: unknown): OffsiteProblem | null {
  if (!(error instanceof AppError)) return null;
  return (error.details as { offsite?: OffsiteProblem } | undefined)?.offsite ?? null;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'TimeoutError',
  'RequestTimeout',
]);

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

/** What the SDK names an error it could not read a code from (a HEAD's answer has no body). */
const NO_CODE = new Set(['', 'Unknown', 'UnknownError']);

/**
 * An S3 client's failure in words for a person. The SDK's errors name a code (NoSuchBucket,
 * SignatureDoesNotMatch) or a socket's errno; a HEAD answers only a status, so 404 and 403 are
 * read too. The secret is never part of a message: the server's answers do not carry it, and
 * only the key id and the endpoint are named.
 */
export function describeOffsiteFailure(error: unknown, settings: OffsiteSettings, doing: string): AppError {
  if (error instanceof AppError) return error;
  const sdk = (error ?? {}) as SdkError;
  const status = sdk.$metadata?.httpStatusCode;
  const named = sdk.code ?? sdk.name ?? '';
  const code = NO_CODE.has(named) ? '' : named;
  const where = `${settings.endpoint} (bucket ${settings.bucket})`;
  if (NETWORK_CODES.has(code))
    return offsiteRefused(
      'unreachable',
      `Could not reach the S3 server at ${settings.endpoint} while ${doing}: ${sdk.message ?? code}.`,
    );
  if (code === 'NoSuchBucket')
    return offsiteRefused('noBucket', `There is no bucket named ${settings.bucket} at ${settings.endpoint}.`);
  if (code === 'NoSuchKey' || status === 404) return offsiteRefused('notFound', `There is no such backup in ${where}.`);
  if (code === 'InvalidAccessKeyId')
    return offsiteRefused(
      'unknownKey',
      `The S3 server at ${settings.endpoint} does not know the access key id ${settings.accessKeyId} (${code}, while ${doing}): check the access key id.`,
    );
  if (code === 'SignatureDoesNotMatch')
    return offsiteRefused(
      'wrongSecret',
      `The S3 server at ${settings.endpoint} did not accept the secret access key for access key id ${settings.accessKeyId} (${code}, while ${doing}): the secret is not the one that goes with this key; enter it again.`,
    );
  if (status === 401 || status === 403)
    return offsiteRefused(
      'refused',
      `The S3 server at ${settings.endpoint} refused the access key ${settings.accessKeyId} while ${doing} (${code || status}): check its rights on ${settings.bucket}.`,
    );
  // No answer and no network code: something on this side (a file that went missing, say), not the server.
  if (status === undefined) return offsiteRefused('failed', `Could not finish ${doing}: ${sdk.message ?? code}`);
  return offsiteRefused(
    'failed',
    `The S3 server at ${where} answered ${code || status} while ${doing}: ${sdk.message ?? ''}`.trim(),
  );
}
