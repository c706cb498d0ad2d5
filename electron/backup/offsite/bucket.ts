import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { keyPrefix, objectKey, type OffsiteDestination } from './destination';
import { describeOffsiteFailure, offsiteRefused } from './offsite-errors';

/** A backup in the bucket: its file name (the key less the prefix), size and when it was taken. */
export interface RemoteBackup {
  name: string;
  bytes: number;
  createdAt: string;
}

/** Transfers count bytes of the backup file, as the CLI's bar and a job's progress show them. */
export interface OffsiteProgress {
  phase: 'upload' | 'download';
  done: number;
  total: number;
}

export interface OffsiteRun {
  signal?: AbortSignal;
  progress?(report: OffsiteProgress): void;
}

export interface TransferOptions {
  signal?: AbortSignal;
  progress?(done: number, total: number): void;
}

const NAME = /^backroom-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.backroom-backup$/;
/** Parts of 8 MiB, two at a time: a few parts in memory whatever the backup's size. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_AT_ONCE = 2;

/** When a backup was taken, read from its name; null for anything not named as a backup. */
export function takenAt(name: string): string | null {
  const match = NAME.exec(name);
  return match ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`).toISOString() : null;
}

/**
 * One S3-compatible bucket seen as a backup folder: list, upload, download, delete, each failure
 * in words (offsite-errors.ts). Checksums are sent only where S3 requires them: self-hosted servers
 * often refuse the newer trailing checksums, and every backup is verified end to end anyway.
 */
export class Bucket {
  private readonly client: S3Client;

  /** `attempts`: tries per request; a connection test asks once, so a dead server is told within seconds. */
  constructor(
    private readonly destination: OffsiteDestination,
    attempts = 3,
  ) {
    this.client = new S3Client({
      endpoint: destination.endpoint,
      region: destination.region,
      forcePathStyle: destination.pathStyle,
      credentials: { accessKeyId: destination.accessKeyId, secretAccessKey: destination.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A server that does not answer is told within seconds, not after the OS gives up.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
      maxAttempts: attempts,
    });
  }

  close(): void {
    this.client.destroy();
  }

  /**
   * The bucket answers and these keys may use it; answers how many backups it holds under the prefix.
   * A list, not a HEAD: a HEAD's refusal has no body, so it cannot say whether the key id is unknown,
   * the secret wrong or the key without rights; a list's refusal names which (and needs the same right).
   */
  async check(): Promise<number> {
    return (await this.list()).length;
  }

  /** The backups under the prefix, newest first; other objects are left alone. */
  async list(): Promise<RemoteBackup[]> {
    const prefix = keyPrefix(this.destination);
    const found: RemoteBackup[] = [];
    let token: string | undefined;
    do {
      const page = await this.attempt('listing the backups', () =>
        this.client.send(
          new ListObjectsV2Command({ Bucket: this.destination.bucket, Prefix: prefix, ContinuationToken: token }),
        ),
      );
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(prefix.length) ?? '';
        const createdAt = takenAt(name);
        if (createdAt) found.push({ name, bytes: object.Size ?? 0, createdAt });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Sends one backup file in parts; the object appears only once every part has arrived. */
  async upload(path: string, name: string, options: TransferOptions = {}): Promise<void> {
    const bytes = (await stat(path)).size;
    const key = objectKey(this.destination, name);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.destination.bucket, Key: key, Body: createReadStream(path), ContentLength: bytes },
      partSize: PART_BYTES,
      queueSize: PARTS_AT_ONCE,
      leavePartsOnError: false,
    });
    upload.on('httpUploadProgress', ({ loaded }) => options.progress?.(loaded ?? 0, bytes));
    const abort = () => void upload.abort();
    options.signal?.addEventListener('abort', abort);
    try {
      await this.attempt(`uploading ${name}`, () => upload.done());
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
    options.signal?.throwIfAborted();
    const sent = await this.attempt(`checking ${name} after upload`, () =>
      this.client.send(new HeadObjectCommand({ Bucket: this.destination.bucket, Key: key })),
    );
    if (sent.ContentLength !== bytes)
      throw offsiteRefused('failed', `The bucket holds ${sent.ContentLength ?? 0} bytes of ${name}, not ${bytes}.`);
  }

  /** Writes one backup from the bucket to `targetPath`; checking it is the verify's job. */
  async download(name: string, targetPath: string, options: TransferOptions = {}): Promise<void> {
    if (!takenAt(name)) throw offsiteRefused('notFound', `${name} is not the name of a backup.`);
    const object = await this.attempt(`downloading ${name}`, () =>
      this.client.send(
        new GetObjectCommand({ Bucket: this.destination.bucket, Key: objectKey(this.destination, name) }),
        { abortSignal: options.signal },
      ),
    );
    const total = object.ContentLength ?? 0;
    let done = 0;
    const body = object.Body as Readable;
    body.on('data', (chunk: Buffer) => {
      done += chunk.length;
      options.progress?.(done, total);
    });
    await this.attempt(`downloading ${name}`, () =>
      pipeline(body, createWriteStream(targetPath), { signal: options.signal }),
    );
  }

  async remove(name: string): Promise<void> {
    await this.attempt(`deleting ${name}`, () =>
      this.client.send(
        new DeleteObjectCommand({ Bucket: this.destination.bucket, Key: objectKey(this.destination, name) }),
      ),
    );
  }

  private async attempt<T>(doing: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if ((error as Error | null)?.name === 'AbortError') throw error;
      throw describeOffsiteFailure(error, this.destination, doing);
    }
  }
}
