/**
 * The rooms every file has: the chain-wide room, the managers' room and one room per store. Their
 * uids are the same on every machine (fixed ones for the two chain rooms, the store's own uid for
 * a store's room), so head office merges what each store sends into one room instead of one per
 * machine. A store added later (at first run, by an import, from head office) gets its room from
 * the trigger, in the same transaction as the store.
 */
export const EVERYONE_ROOM_UID = '00000000-0000-4000-8000-00000000e001';
export const MANAGERS_ROOM_UID = '00000000-0000-4000-8000-00000000e002';

export const roomStatements = [
  `INSERT INTO "conversations" ("uid", "kind") VALUES ('${EVERYONE_ROOM_UID}', 'everyone'), ('${MANAGERS_ROOM_UID}', 'managers')`,
  `INSERT INTO "conversations" ("uid", "kind", "store_id") SELECT "uid", 'store', "id" FROM "stores" ORDER BY "id"`,
  `CREATE TRIGGER "trg_stores_room" AFTER INSERT ON "stores"
   BEGIN INSERT INTO "conversations" ("uid", "kind", "store_id") VALUES (NEW."uid", 'store', NEW."id"); END`,
];
