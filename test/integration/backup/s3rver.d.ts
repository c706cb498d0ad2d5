/** The few members of s3rver (no types of its own) that the off-site backup tests use. */
declare module 's3rver' {
  import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: { name: string; configs?: Buffer[] }[];
  }
  /** The part of a Koa context a request check reads (s3rver is a Koa application). */
  export interface S3rverContext {
    method: string;
    req: IncomingMessage;
    headers: IncomingHttpHeaders;
    query: Record<string, string | string[]>;
    get(header: string): string;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Koa's middleware list, composed when the server starts listening. */
    middleware: ((ctx: S3rverContext, next: () => Promise<void>) => Promise<void>)[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}

/** s3rver's accounts: every access key id it knows, with its secret. */
declare module 's3rver/lib/models/account' {
  interface AWSAccount {
    accessKeys: Map<string, string>;
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  }
  const AWSAccount: { registry: Map<string, AWSAccount>; DUMMY_ACCOUNT: AWSAccount };
  export default AWSAccount;
}

/** s3rver's S3 error: thrown from a request handler, it is answered as S3's XML error with its status. */
declare module 's3rver/lib/models/error' {
  export default class S3Error extends Error {
    constructor(code: string, message: string, detail?: Record<string, string>);
  }
}
