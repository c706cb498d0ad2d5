/**
 * Full-text search over message bodies. The index holds no copy of the text (external content:
 * the bodies stay in `messages`, which a million handover notes make worth it); its rowid is the
 * message id. A deleted message is taken out, so its old words find nothing. External content
 * must be removed with exactly the text it was indexed with, which the triggers have in OLD.
 * The conversation is indexed too, as a word of its own column: a search within one conversation
 * then meets only that conversation's matches instead of walking past every other one.
 */
const REMOVE_OLD = `INSERT INTO "message_search" ("message_search", "rowid", "body", "conversation_id")
       SELECT 'delete', OLD."id", OLD."body", OLD."conversation_id" WHERE OLD."deleted_at" IS NULL;`;
const ADD_NEW = `INSERT INTO "message_search" ("rowid", "body", "conversation_id")
       SELECT NEW."id", NEW."body", NEW."conversation_id" WHERE NEW."deleted_at" IS NULL;`;

export const searchStatements = [
  `CREATE VIRTUAL TABLE "message_search" USING fts5(
     "body", "conversation_id", content = 'messages', content_rowid = 'id',
     tokenize = 'unicode61 remove_diacritics 2')`,
  `INSERT INTO "message_search" ("message_search") VALUES ('rebuild')`,
  `CREATE TRIGGER "trg_messages_search_insert" AFTER INSERT ON "messages"
   BEGIN ${ADD_NEW} END`,
  `CREATE TRIGGER "trg_messages_search_update" AFTER UPDATE OF "body", "deleted_at", "conversation_id" ON "messages"
   BEGIN
     ${REMOVE_OLD}
     ${ADD_NEW}
   END`,
  `CREATE TRIGGER "trg_messages_search_delete" AFTER DELETE ON "messages"
   BEGIN ${REMOVE_OLD} END`,
];
