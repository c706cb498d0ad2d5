/** One entity's part of a batch, ready for head office: its upserts as COPY rows, and its deletes. */
export interface EntityPart {
  entity: string;
  /** The upserts' seqs, one per COPY row, in row order. */
  upsertSeqs: number[];
  /** Whether each upsert is a record head office has never seen ('insert'), in row order. */
  upsertInserts: boolean[];
  /** COPY text rows (source uid, uid, seq, record), one line per upsert, UTF-8. */
  rows: Uint8Array;
  deleteUids: string[];
  deleteSeqs: number[];
}

/**
 * A batch as head office applies it. Made where the records are built, so a record thread hands
 * the push its bytes to send (transferred, not copied) and the push's own thread never holds the
 * records' text.
 */
export interface CopyBatch {
  /** Every change's seq, in batch order. */
  seqs: number[];
  /** In the order each entity first appears in the batch. */
  parts: EntityPart[];
}

/** An entity's part with nothing in it yet. */
export function emptyPart(entity: string): EntityPart {
  return { entity, upsertSeqs: [], upsertInserts: [], rows: new Uint8Array(0), deleteUids: [], deleteSeqs: [] };
}

/** Batches read one after another as one: each entity's rows and deletes in the order read. */
export function joinCopyBatches(batches: readonly CopyBatch[]): CopyBatch {
  if (batches.length === 1) return batches[0]!;
  const parts = new Map<string, EntityPart & { pieces: Uint8Array[] }>();
  for (const batch of batches) {
    for (const part of batch.parts) {
      let joined = parts.get(part.entity);
      if (!joined) {
        joined = { ...emptyPart(part.entity), pieces: [] };
        parts.set(part.entity, joined);
      }
      joined.upsertSeqs.push(...part.upsertSeqs);
      joined.upsertInserts.push(...part.upsertInserts);
      joined.deleteUids.push(...part.deleteUids);
      joined.deleteSeqs.push(...part.deleteSeqs);
      joined.pieces.push(part.rows);
    }
  }
  return {
    seqs: batches.flatMap((batch) => batch.seqs),
    parts: [...parts.values()].map(({ pieces, ...part }) => ({ ...part, rows: joinBytes(pieces) })),
  };
}

/** An entity part without the upserts and deletes whose seq is in `skip` (a batch delivered again). */
export function withoutSeqs(part: EntityPart, skip: ReadonlySet<number>): EntityPart {
  const kept: EntityPart = { ...part, upsertSeqs: [], upsertInserts: [], deleteUids: [], deleteSeqs: [] };
  const lines: Uint8Array[] = [];
  let start = 0;
  part.upsertSeqs.forEach((seq, index) => {
    const end = part.rows.indexOf(NEWLINE, start) + 1;
    if (!skip.has(seq)) {
      kept.upsertSeqs.push(seq);
      kept.upsertInserts.push(part.upsertInserts[index]!);
      lines.push(part.rows.subarray(start, end));
    }
    start = end;
  });
  kept.rows = Buffer.concat(lines);
  part.deleteSeqs.forEach((seq, index) => {
    if (skip.has(seq)) return;
    kept.deleteSeqs.push(seq);
    kept.deleteUids.push(part.deleteUids[index]!);
  });
  return kept;
}

/** The ArrayBuffers to transfer with a batch to another thread. */
export function transferablesOf(batch: CopyBatch): ArrayBuffer[] {
  return batch.parts.map((part) => part.rows.buffer as ArrayBuffer);
}

const NEWLINE = 0x0a;

/** The pieces in one buffer of its own (never Node's shared pool), so it can be transferred. */
function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}
