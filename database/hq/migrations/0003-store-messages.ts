import type { HqMigration } from '../migration';

/**
 * Messages written at head office for one store's staff. The store pulls those it has not
 * applied yet (id above its mark) and posts them in its store room; `pulled_at` shows head office
 * which have arrived.
 */
export const storeMessagesMigration: HqMigration = {
  name: '0003-store-messages',
  statements: [
    `CREATE TABLE "hq_messages" (
       "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       "uid" uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
       "store_uid" text NOT NULL CHECK (length("store_uid") = 36),
       "author_name" text NOT NULL CHECK (length(trim("author_name")) > 0),
       "body" text NOT NULL CHECK (length(trim("body")) > 0 AND length("body") <= 4000),
       "created_at" timestamptz NOT NULL DEFAULT now(),
       "pulled_at" timestamptz)`,
    `CREATE INDEX "IDX_hq_messages_store" ON "hq_messages" ("store_uid", "id")`,
  ],
};
