import type { HqMigration } from '../migration';

/**
 * The tables head office keeps of every store's records, one per entity that syncs (the list of
 * electron/sync/syncable.ts when this migration was written; a later entity gets its own
 * migration). A record is kept whole as JSON, keyed by the Backroom file that sent it (its source
 * uid) and the record's uid, with the change number it arrived at: a change older than the one
 * kept never overwrites it. Uids compare bytewise (COLLATE "C"): cheaper than a language's rules, and
 * the order reconcile walks both sides in.
 */
export const RECORD_TABLES_V1 = [
  'stores',
  'staff_members',
  'categories',
  'brands',
  'suppliers',
  'products',
  'customers',
  'orders',
  'purchase_orders',
  'stock_transfers',
  'stock_counts',
  'stock_movements',
  'store_credit_entries',
  'conversations',
  'messages',
] as const;

export const recordsMigration: HqMigration = {
  name: '0001-records',
  statements: [
    `CREATE TABLE "sources" (
       "source_uid" text COLLATE "C" PRIMARY KEY CHECK (length("source_uid") = 36),
       "name" text NOT NULL,
       "first_push_at" timestamptz NOT NULL DEFAULT now(),
       "last_push_at" timestamptz NOT NULL DEFAULT now(),
       "last_seq" bigint NOT NULL DEFAULT 0 CHECK ("last_seq" >= 0))`,
    /*
     * The ids of the changes applied, a batch per row (a change's id is its source uid and seq):
     * a batch delivered twice finds its changes here and skips them. One row per batch rather
     * than per change halves the rows a first sync of millions of records writes; the index on
     * the last seq finds the few recent batches a delivery can overlap.
     */
    `CREATE TABLE "applied_changes" (
       "source_uid" text COLLATE "C" NOT NULL REFERENCES "sources" ("source_uid"),
       "first_seq" bigint NOT NULL CHECK ("first_seq" > 0),
       "last_seq" bigint NOT NULL,
       "seqs" bigint[] NOT NULL CHECK (cardinality("seqs") > 0),
       "applied_at" timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY ("source_uid", "first_seq"),
       CHECK ("last_seq" >= "first_seq"))`,
    `CREATE INDEX "IDX_applied_changes_last" ON "applied_changes" ("source_uid", "last_seq")`,
    // No foreign key to sources here: checking one per row costs a fifth of a first sync's time,
    // and applyCopyBatch writes the source's row in the same transaction as its records.
    ...RECORD_TABLES_V1.map(
      (table) => `CREATE TABLE "${table}" (
       "source_uid" text COLLATE "C" NOT NULL,
       "uid" text COLLATE "C" NOT NULL,
       "seq" bigint NOT NULL CHECK ("seq" > 0),
       "record" jsonb COMPRESSION lz4 NOT NULL CHECK (jsonb_typeof("record") = 'object'),
       "received_at" timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY ("source_uid", "uid"))`,
    ),
  ],
};
