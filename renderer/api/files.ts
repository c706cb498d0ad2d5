import { downloadBlob } from '../lib/download';
import { invoke } from './client';

/**
 * Uploads go in pieces small enough that their base64 fits the browser host's 1 MiB request limit
 * (the contract allows 1 MiB decoded, which only the desktop bridge could carry).
 */
const UPLOAD_CHUNK_BYTES = 512 * 1024;
/** Downloads have no request limit to respect: the contract's largest chunk. */
const DOWNLOAD_CHUNK_BYTES = 1024 * 1024;

export type TransferProgress = (done: number, total: number) => void;

/** Sends a file the person picked to the main side, in order, chunk by chunk; resolves with its `fileId`. */
export async function uploadFile(file: File, onProgress?: TransferProgress): Promise<string> {
  const { fileId } = await invoke('files.beginUpload', { name: file.name, size: file.size });
  onProgress?.(0, file.size);
  for (let offset = 0; offset < file.size;) {
    const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    const { received } = await invoke('files.uploadChunk', { fileId, offset, data: toBase64(bytes) });
    offset = received;
    onProgress?.(offset, file.size);
  }
  await invoke('files.finishUpload', { fileId });
  return fileId;
}

/** Fetches one of the person's files chunk by chunk and hands it to the browser to save. */
export async function downloadFile(
  fileId: string,
  suggestedName: string,
  onProgress?: TransferProgress,
): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; ;) {
    const chunk = await invoke('files.readChunk', { fileId, offset, length: DOWNLOAD_CHUNK_BYTES });
    const bytes = fromBase64(chunk.data);
    if (bytes.length > 0) parts.push(bytes);
    offset += bytes.length;
    onProgress?.(offset, chunk.size);
    if (bytes.length === 0 || offset >= chunk.size) break;
  }
  downloadBlob(new Blob(parts), suggestedName);
}

/** `btoa` takes a "binary string"; built in slices so no argument list grows past the engine's limit. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
