import S3rver from 's3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OffsiteDestination } from '../../../electron/backup/offsite/destination';

export const TEST_BUCKET = 'backroom-offsite';

export interface TestS3 {
  /** A destination on this server, with the key s3rver expects (it checks the key id, not signatures). */
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
  const { port } = await server.run();
  return {
    destination: {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: TEST_BUCKET,
      prefix,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      pathStyle: true,
    },
    directory,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
