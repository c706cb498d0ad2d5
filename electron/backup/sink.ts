import { open, rename, rm } from 'node:fs/promises';

/**
 * Where a backup or a restored database is written: the seam tests replace to make a disk fill up.
 * Bytes go to a `.partial` file beside the target, which becomes the target only once it is
 * written whole and synced, so a failure never leaves a file that looks finished.
 */
export interface Sink {
  write(bytes: Buffer, position: number): Promise<void>;
  /** Syncs, closes and renames the partial file to the target. */
  commit(): Promise<void>;
  /** Closes and removes the partial file. */
  abandon(): Promise<void>;
}

export type OpenSink = (targetPath: string) => Promise<Sink>;

export function partialPath(targetPath: string): string {
  return `${targetPath}.partial`;
}

export const openFileSink: OpenSink = (targetPath) => fileSink(targetPath, true);

/**
 * For a file that is checked and removed again (a verify's test restore): not synced, since
 * nothing is kept, which spares writing the whole database to disk before it is read back.
 */
export const openScratchSink: OpenSink = (targetPath) => fileSink(targetPath, false);

async function fileSink(targetPath: string, durable: boolean): Promise<Sink> {
  const temporary = partialPath(targetPath);
  const handle = await open(temporary, 'w', 0o600);
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  return {
    async write(bytes, position) {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
        written += bytesWritten;
      }
    },
    async commit() {
      if (durable) await handle.sync();
      await close();
      await rename(temporary, targetPath);
    },
    async abandon() {
      await close().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}
