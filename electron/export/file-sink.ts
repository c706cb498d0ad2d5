import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before one write to disk. */
const FLUSH_BYTES = 1 << 16;

/**
 * Text appended to a file in large synchronous writes. Exports run on a job thread (or the CLI),
 * where blocking writes cost nothing and keep memory flat: nothing waits in a stream's queue.
 */
export class FileSink {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    // Characters, not bytes: close enough for when to flush.
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Flushes and closes; answers the file's size. */
  close(): number {
    this.flush();
    const size = fstatSync(this.fd).size;
    closeSync(this.fd);
    return size;
  }

  /** Closes without writing what is pending. */
  discard(): void {
    this.pending = [];
    closeSync(this.fd);
  }
}
