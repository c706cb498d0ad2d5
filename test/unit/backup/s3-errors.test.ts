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
      [failure({ name: 'NotFound', status: 404 }), 'checking the bucket', 'noBucket'],
      [failure({ name: 'NoSuchBucket', status: 404 }), 'listing the backups', 'noBucket'],
      [failure({ name: 'NoSuchKey', status: 404 }), 'downloading x', 'notFound'],
      [failure({ name: 'AccessDenied', status: 403 }), 'uploading x', 'refused'],
      [failure({ name: 'InvalidAccessKeyId', status: 403 }), 'checking the bucket', 'refused'],
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
      'The S3 server at https://s3.example.com refused the access key while uploading x (AccessDenied): ' +
        'check the key, its secret and its rights on shop-backups.',
    );
    expect(
      describeOffsiteFailure(failure({ code: 'ENOENT', message: 'no such file' }), SETTINGS, 'uploading x').message,
    ).toBe('Could not finish uploading x: no such file');
  });
});
