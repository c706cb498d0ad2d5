import { describe, expect, it } from 'vitest';
import { describeOffsiteFailure, offsiteProblemOf } from '../../../electron/backup/offsite/offsite-errors';

const SETTINGS = {
  endpoint: 'https://s3.example.com',
  region: 'us-east-1',
  bucket: 'shop-backups',
  prefix: 'store-1',
  accessKeyId: 'AKID',
  pathStyle: true,
};

/** Errors shaped as the AWS SDK throws them: a name or an errno code, and the HTTP status when there was an answer. */
function failure(fields: { name?: string; code?: string; message?: string; status?: number }) {
  return Object.assign(new Error(fields.message ?? 'failed'), {
    name: fields.name ?? 'Error',
    code: fields.code,
    $metadata: fields.status === undefined ? undefined : { httpStatusCode: fields.status },
  });
}

describe('describeOffsiteFailure', () => {
  it('tells an unreachable server, a missing bucket or backup, a refused key and a local failure apart', () => {
    const cases = [
      [failure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }), 'listing the backups', 'unreachable'],
      [failure({ name: 'TimeoutError' }), 'uploading x', 'unreachable'],
      [failure({ name: 'NoSuchBucket', status: 404 }), 'listing the backups', 'noBucket'],
      [failure({ name: 'NoSuchKey', status: 404 }), 'downloading x', 'notFound'],
      [failure({ name: 'NotFound', status: 404 }), 'checking x after upload', 'notFound'],
      [failure({ name: 'AccessDenied', status: 403 }), 'uploading x', 'refused'],
      [failure({ name: 'Unknown', status: 403 }), 'checking x after upload', 'refused'],
      [failure({ name: 'InvalidAccessKeyId', status: 403 }), 'listing the backups', 'unknownKey'],
      [failure({ name: 'SignatureDoesNotMatch', status: 403 }), 'uploading x', 'wrongSecret'],
      [failure({ name: 'InternalError', status: 500 }), 'uploading x', 'failed'],
      [failure({ code: 'ENOENT', message: 'no such file' }), 'uploading x', 'failed'],
    ] as const;
    expect(cases.map(([error, doing]) => offsiteProblemOf(describeOffsiteFailure(error, SETTINGS, doing)))).toEqual(
      cases.map(([, , problem]) => problem),
    );
  });

  it('says where and what in words a person can act on', () => {
    expect(
      describeOffsiteFailure(failure({ name: 'AccessDenied', status: 403 }), SETTINGS, 'uploading x').message,
    ).toBe(
      'The S3 server at https://s3.example.com refused the access key AKID while uploading x (AccessDenied): ' +
        'check its rights on shop-backups.',
    );
    // A HEAD's refusal has no code to name: the status stands in.
    expect(
      describeOffsiteFailure(failure({ name: 'Unknown', status: 403 }), SETTINGS, 'checking x after upload').message,
    ).toMatch(/while checking x after upload \(403\)/);
    expect(
      describeOffsiteFailure(failure({ name: 'InvalidAccessKeyId', status: 403 }), SETTINGS, 'listing the backups')
        .message,
    ).toBe(
      'The S3 server at https://s3.example.com does not know the access key id AKID ' +
        '(InvalidAccessKeyId, while listing the backups): check the access key id.',
    );
    expect(
      describeOffsiteFailure(failure({ name: 'SignatureDoesNotMatch', status: 403 }), SETTINGS, 'uploading x').message,
    ).toBe(
      'The S3 server at https://s3.example.com did not accept the secret access key for access key id AKID ' +
        '(SignatureDoesNotMatch, while uploading x): the secret is not the one that goes with this key; enter it again.',
    );
    expect(
      describeOffsiteFailure(failure({ code: 'ENOENT', message: 'no such file' }), SETTINGS, 'uploading x').message,
    ).toBe('Could not finish uploading x: no such file');
  });
});
