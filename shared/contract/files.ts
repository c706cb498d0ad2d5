import { z } from 'zod';
import { channel } from './channel';
import { isoTimestamp } from './common';

/** Largest piece of a file moved by one call, either way (decoded bytes). */
export const FILE_CHUNK_BYTES = 1024 * 1024;

/** Base64 of at most FILE_CHUNK_BYTES bytes. */
const chunkData = z.base64().max(Math.ceil(FILE_CHUNK_BYTES / 3) * 4);

/** Opaque; an unknown id, or another person's, is NOT_FOUND. */
export const fileId = z.string().min(1).max(64);

const offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const fileInfo = z.object({ fileId: z.string(), name: z.string(), size: z.number().int().min(0) });
export type FileInfo = z.infer<typeof fileInfo>;

/**
 * Files move between a screen and the main side in chunks: uploads (for imports) and outputs of
 * long work (exports). A file belongs to whoever created it; nobody else can see it. Paths never
 * cross: channels speak of `fileId` only. Nothing here touches the database.
 */
export const filesChannels = {
  /** Announces an upload; refused (VALIDATION) past the size limit. */
  'files.beginUpload': channel({
    input: z.strictObject({ name: z.string().trim().min(1).max(255), size: offset }),
    output: z.object({ fileId: z.string() }),
    access: 'clerk',
    writes: false,
  }),
  /** The next chunk, in order: `offset` must equal the bytes received so far. */
  'files.uploadChunk': channel({
    input: z.strictObject({ fileId, offset, data: chunkData }),
    output: z.object({ received: z.number().int().min(0) }),
    access: 'clerk',
    writes: false,
  }),
  /** Ends an upload once every byte has arrived; the file can then be named in an import. */
  'files.finishUpload': channel({
    input: z.strictObject({ fileId }),
    output: fileInfo,
    access: 'clerk',
    writes: false,
  }),
  'files.info': channel({
    input: z.strictObject({ fileId }),
    output: fileInfo,
    access: 'clerk',
    writes: false,
  }),
  /** Up to `length` bytes from `offset`; empty `data` at the end of the file. */
  'files.readChunk': channel({
    input: z.strictObject({
      fileId,
      offset,
      length: z.number().int().min(1).max(FILE_CHUNK_BYTES).default(FILE_CHUNK_BYTES),
    }),
    output: z.object({ data: z.string(), size: z.number().int().min(0) }),
    access: 'clerk',
    writes: false,
  }),
  /** The caller's finished uploads and outputs, newest first. */
  'files.list': channel({
    input: z.strictObject({}),
    output: z.object({
      items: z.array(fileInfo.extend({ createdAt: isoTimestamp, kind: z.enum(['upload', 'output']) })),
    }),
    access: 'clerk',
    writes: false,
  }),
};
