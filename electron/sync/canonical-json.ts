import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level: the same record written by SQLite's json_object
 * and read back from PostgreSQL's jsonb (which reorders keys and respaces) gives the same text.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A record's fingerprint: 32 bits of SHA-1 over its canonical JSON, as a number to XOR into a checksum. */
export function recordHash(json: string): number {
  return createHash('sha1')
    .update(canonicalJson(JSON.parse(json)))
    .digest()
    .readUInt32BE(0);
}
