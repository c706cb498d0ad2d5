import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program: the SHA-256 of the chunks it is sent, in order, acknowledging each,
 * until it is sent null. Node's own modules only, so it runs from this string in the bundled app
 * as in tests, with no file of its own to ship.
 */
const PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hash = createHash('sha256');
parentPort.on('message', (chunk) => {
  if (chunk !== null) {
    hash.update(chunk);
    parentPort.postMessage(null);
  } else {
    parentPort.postMessage(hash.digest('hex'));
  }
});
`;

/** Chunks sent but not yet hashed: past this, `update` waits, so memory stays bounded. */
const QUEUED = 4;

/** A SHA-256 computed on a thread of its own, so hashing a whole database does not hold up the thread that seals it. */
export interface HashThread {
  /** Sends a copy of the chunk; resolves once few enough chunks are waiting to be hashed. */
  update(chunk: Buffer): Promise<void>;
  /** The hex digest of everything sent; ends the thread. */
  digest(): Promise<string>;
  /** Ends the thread without a digest. */
  stop(): Promise<void>;
}

export function startHashThread(): HashThread {
  const worker = new Worker(PROGRAM, { eval: true });
  let queued = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let digested: ((hex: string) => void) | null = null;
  const settle = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: string | null) => {
    if (message === null) {
      queued--;
      settle();
    } else digested?.(message);
  });
  worker.on('error', (error) => {
    failure = error;
    settle();
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async update(chunk) {
      check();
      worker.postMessage(chunk);
      queued++;
      while (queued >= QUEUED && !failure) await new Promise<void>((resolve) => (wake = resolve));
      check();
    },
    async digest() {
      check();
      const hex = new Promise<string>((resolve) => (digested = resolve));
      worker.postMessage(null);
      const done = await Promise.race([hex, new Promise<never>((_, reject) => worker.once('error', reject))]);
      await worker.terminate();
      return done;
    },
    async stop() {
      await worker.terminate();
    },
  };
}
