import S3rver from 's3rver';
import AWSAccount from 's3rver/lib/models/account';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OffsiteDestination } from '../../../electron/backup/offsite/destination';
import { requireSignatures } from './s3-signatures';

export const TEST_BUCKET = 'backroom-offsite';
/** The key the tests use: a secret unlike its key id, so sending one for the other cannot pass. */
export const TEST_ACCESS_KEY_ID = 'BACKROOMTESTKEY';
export const TEST_SECRET_ACCESS_KEY = 'kept-only-by-the-store/9f2c41d7';

export interface TestS3 {
  /** A destination on this server, with the test key: s3rver refuses an unknown key id, a wrong secret fails the signature. */
  destination: OffsiteDestination;
  /** Where s3rver keeps the objects, to damage one from outside. */
  directory: string;
  close(): Promise<void>;
}

/** A real S3-compatible server on a free port of 127.0.0.1, with one empty bucket, in a temporary folder. */
export async function startTestS3(prefix = 'store-1'): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'backroom-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  // s3rver's accounts are shared by every server in the process; adding the same pair again changes nothing.
  AWSAccount.DUMMY_ACCOUNT.createKeyPair(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY);
  requireSignatures(server);
  const { port } = await server.run();
  return {
    destination: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: TEST_BUCKET,
      prefix,
      accessKeyId: TEST_ACCESS_KEY_ID,
      secretAccessKey: TEST_SECRET_ACCESS_KEY,
      pathStyle: true,
    },
    directory,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
