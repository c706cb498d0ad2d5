import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';

/** Text gathered before it is compressed: large enough for deflate to work well, small enough to be nothing. */
const CHUNK_CHARS = 1 << 16;
/** Fast compression: an export of a large database is CSV by the hundred megabytes. */
const LEVEL = 1;

/** One file being added to the archive, written as text, hashed as it goes. */
export interface ZipEntry {
  write(text: string): void;
  /** Ends the file; answers the sha256 (hex) of its bytes and their count. */
  end(): { sha256: string; bytes: number };
}

/**
 * A zip file written as it goes (fflate): one entry at a time is compressed and appended to the
 * file, so only the current chunk is ever in memory, however large the tables.
 */
export class ZipFileWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private closed = false;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else writeSync(this.fd, chunk);
    });
  }

  entry(name: string): ZipEntry {
    const file = new ZipDeflate(name, { level: LEVEL });
    this.zip.add(file);
    const hash = createHash('sha256');
    let bytes = 0;
    let pending = '';
    const push = (final: boolean) => {
      const chunk = Buffer.from(pending, 'utf8');
      pending = '';
      hash.update(chunk);
      bytes += chunk.length;
      file.push(chunk, final);
      this.check();
    };
    return {
      write(text) {
        pending += text;
        if (pending.length >= CHUNK_CHARS) push(false);
      },
      end() {
        push(true);
        return { sha256: hash.digest('hex'), bytes };
      },
    };
  }

  /** Writes the archive's directory and closes the file; answers its size. */
  finish(): number {
    this.zip.end();
    this.check();
    const size = fstatSync(this.fd).size;
    this.close();
    return size;
  }

  /** Closes the file as it is (the caller removes it). */
  abort(): void {
    this.zip.terminate();
    this.close();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}
