import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { FILE_CHUNK_BYTES } from '../../shared/contract/files';
import { AppError } from '../../shared/errors';
import { systemClock, type Clock } from '../host/clock';
import { safeFileName } from './file-name';

export interface StoredFile {
  fileId: string;
  name: string;
  size: number;
  ownerStaffId: number;
  /** Never leaves the main side: channels speak of `fileId` only. */
  path: string;
}

export interface ListedFile {
  fileId: string;
  name: string;
  size: number;
  createdAt: string;
  kind: 'upload' | 'output';
}

export interface FileAreaOptions {
  /** Largest upload accepted. */
  maxUploadBytes?: number;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** Largest piece of a file moved by one call, either way. */
export const MAX_CHUNK_BYTES = FILE_CHUNK_BYTES;
/** Files older than this are swept when the app starts: the area is a staging place, not storage. */
export const STALE_FILE_MS = 24 * 60 * 60 * 1000;

/** What is kept beside each file's bytes. */
interface FileRecord {
  name: string;
  /** The size announced for an upload; outputs grow as their job writes. */
  size: number;
  ownerStaffId: number;
  state: 'uploading' | 'complete' | 'output';
  createdAt: string;
}

const FILE_ID = /^[A-Za-z0-9_-]{24}$/;

/**
 * Files moved between a person and the main side: uploads to import, outputs of exports to
 * download. Each file is `<fileId>.data` with a `<fileId>.json` record beside it, under one folder;
 * a file belongs to the staff member who created it, and to nobody else (others are told it does
 * not exist). Uploads arrive in order, chunk by chunk; nothing is held in memory.
 */
export class FileArea {
  private readonly maxUploadBytes: number;

  constructor(
    private readonly root: string,
    private readonly clock: Clock = systemClock,
    options: FileAreaOptions = {},
  ) {
    this.maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
    mkdirSync(root, { recursive: true });
  }

  beginUpload(ownerStaffId: number, name: string, size: number): string {
    if (!Number.isSafeInteger(size) || size < 0) throw new AppError('VALIDATION', 'The file size is not valid.');
    if (size > this.maxUploadBytes) {
      throw new AppError(
        'VALIDATION',
        `The file is too large: at most ${formatBytes(this.maxUploadBytes)} can be uploaded.`,
        {
          maxBytes: this.maxUploadBytes,
        },
      );
    }
    return this.create({ name: safeFileName(name), size, ownerStaffId, state: 'uploading', createdAt: this.now() });
  }

  /** Appends the next chunk; `offset` must equal the bytes received so far (a resent or skipped chunk is refused). */
  appendUpload(ownerStaffId: number, fileId: string, offset: number, bytes: Buffer): void {
    const record = this.uploading(ownerStaffId, fileId);
    if (bytes.length > MAX_CHUNK_BYTES) throw new AppError('VALIDATION', 'A chunk holds at most 1 MiB.');
    const received = statSync(this.dataPath(fileId)).size;
    if (offset !== received) {
      throw new AppError(
        'VALIDATION',
        `The chunk starts at byte ${offset}, but ${received} bytes have been received.`,
        {
          received,
        },
      );
    }
    if (received + bytes.length > record.size) {
      throw new AppError('VALIDATION', 'The chunk goes past the size announced for this file.');
    }
    const fd = openSync(this.dataPath(fileId), 'a');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
  }

  finishUpload(ownerStaffId: number, fileId: string): StoredFile {
    const record = this.uploading(ownerStaffId, fileId);
    const received = statSync(this.dataPath(fileId)).size;
    if (received !== record.size) {
      throw new AppError('VALIDATION', `The upload is incomplete: ${received} of ${record.size} bytes received.`, {
        received,
      });
    }
    this.writeRecord(fileId, { ...record, state: 'complete' });
    return this.stored(fileId, record, received);
  }

  /** An empty file a job writes into; its size is whatever has been written when asked. */
  createOutput(ownerStaffId: number, name: string): StoredFile {
    const record: FileRecord = {
      name: safeFileName(name),
      size: 0,
      ownerStaffId,
      state: 'output',
      createdAt: this.now(),
    };
    const fileId = this.create(record);
    return this.stored(fileId, record, 0);
  }

  /** A finished upload or an output of the caller's; NOT_FOUND for anyone else's. */
  get(ownerStaffId: number, fileId: string): StoredFile {
    const record = this.record(ownerStaffId, fileId);
    if (record.state === 'uploading') throw new AppError('VALIDATION', 'The upload of this file is not finished.');
    return this.stored(fileId, record, statSync(this.dataPath(fileId)).size);
  }

  /** Up to `length` bytes from `offset`; fewer at the end of the file, none at its very end. */
  read(ownerStaffId: number, fileId: string, offset: number, length: number): Buffer {
    const file = this.get(ownerStaffId, fileId);
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > file.size) {
      throw new AppError('VALIDATION', `Byte ${offset} is outside the file (${file.size} bytes).`, { size: file.size });
    }
    if (!Number.isSafeInteger(length) || length < 1 || length > MAX_CHUNK_BYTES) {
      throw new AppError('VALIDATION', 'A chunk holds 1 byte to 1 MiB.');
    }
    const bytes = Buffer.alloc(Math.min(length, file.size - offset));
    if (bytes.length === 0) return bytes;
    const fd = openSync(file.path, 'r');
    try {
      let filled = 0;
      while (filled < bytes.length) {
        const read = readSync(fd, bytes, filled, bytes.length - filled, offset + filled);
        if (read === 0) break;
        filled += read;
      }
      return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  }

  /** The owner's finished uploads and outputs, newest first. */
  list(ownerStaffId: number): ListedFile[] {
    const listed: ListedFile[] = [];
    for (const entry of readdirSync(this.root)) {
      if (!entry.endsWith('.json')) continue;
      const fileId = entry.slice(0, -'.json'.length);
      const record = FILE_ID.test(fileId) ? this.readRecord(fileId) : null;
      if (!record || record.ownerStaffId !== ownerStaffId || record.state === 'uploading') continue;
      const { size } = statSync(this.dataPath(fileId));
      listed.push({
        fileId,
        name: record.name,
        size,
        createdAt: record.createdAt,
        kind: record.state === 'output' ? 'output' : 'upload',
      });
    }
    return listed.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.fileId.localeCompare(b.fileId));
  }

  /** Deletes one of the owner's files (a cancelled export's output, an upload once imported). */
  remove(ownerStaffId: number, fileId: string): void {
    this.record(ownerStaffId, fileId);
    rmSync(this.dataPath(fileId), { force: true });
    rmSync(this.recordPath(fileId), { force: true });
  }

  /** Removes files created longer than `olderThanMs` ago, and leftovers without a readable record. */
  sweep(olderThanMs: number): number {
    const cutoff = this.clock.now().getTime() - olderThanMs;
    const byId = new Map<string, string[]>();
    for (const entry of readdirSync(this.root)) {
      const fileId = entry.replace(/\.(data|json|tmp)$/, '');
      byId.set(fileId, [...(byId.get(fileId) ?? []), entry]);
    }
    let removed = 0;
    for (const [fileId, entries] of byId) {
      const record = FILE_ID.test(fileId) ? this.readRecord(fileId) : null;
      const createdAt = record ? Date.parse(record.createdAt) : this.modifiedAt(entries);
      if (createdAt > cutoff) continue;
      for (const entry of entries) rmSync(join(this.root, entry), { force: true, recursive: true });
      removed++;
    }
    return removed;
  }

  private create(record: FileRecord): string {
    const fileId = randomBytes(18).toString('base64url');
    writeFileSync(this.dataPath(fileId), '', { flag: 'wx' });
    this.writeRecord(fileId, record);
    return fileId;
  }

  private uploading(ownerStaffId: number, fileId: string): FileRecord {
    const record = this.record(ownerStaffId, fileId);
    if (record.state !== 'uploading') throw new AppError('VALIDATION', 'This upload is already finished.');
    return record;
  }

  /** The record of the caller's file; anything else (no file, a malformed id, another's file) is NOT_FOUND. */
  private record(ownerStaffId: number, fileId: string): FileRecord {
    const record = FILE_ID.test(fileId) ? this.readRecord(fileId) : null;
    if (!record || record.ownerStaffId !== ownerStaffId) throw new AppError('NOT_FOUND', 'There is no such file.');
    return record;
  }

  private readRecord(fileId: string): FileRecord | null {
    try {
      statSync(this.dataPath(fileId));
      return JSON.parse(readFileSync(this.recordPath(fileId), 'utf8')) as FileRecord;
    } catch {
      return null;
    }
  }

  /** Written aside and renamed over, so a crash never leaves half a record. */
  private writeRecord(fileId: string, record: FileRecord): void {
    const temporary = join(this.root, `${fileId}.tmp`);
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, this.recordPath(fileId));
  }

  private modifiedAt(entries: string[]): number {
    return Math.max(
      ...entries.map((entry) => {
        try {
          return statSync(join(this.root, entry)).mtimeMs;
        } catch {
          return 0;
        }
      }),
    );
  }

  private stored(fileId: string, record: FileRecord, size: number): StoredFile {
    return { fileId, name: record.name, size, ownerStaffId: record.ownerStaffId, path: this.dataPath(fileId) };
  }

  private dataPath(fileId: string): string {
    return join(this.root, `${fileId}.data`);
  }

  private recordPath(fileId: string): string {
    return join(this.root, `${fileId}.json`);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MiB`;
  return `${bytes} bytes`;
}
