import type Database from 'better-sqlite3';
import type { PendingChange, WireChange } from './outbox-reader';
import { recordJsonSql } from './record-sql';

/**
 * Builds pending changes' records as JSON text on one connection, one statement per entity:
 * looking the records up by a list of uids costs a fraction of a statement per record. The
 * statements are prepared once per connection and reused for every batch.
 */
export class RecordBuilder {
  private readonly records = new Map<string, Database.Statement>();

  constructor(private readonly sql: Database.Database) {}

  /** The changes with their records; a record gone without a delete queued is sent as a delete. */
  build(rows: readonly PendingChange[]): WireChange[] {
    const wanted = new Map<string, string[]>();
    for (const row of rows) {
      if (row.op === 'delete') continue;
      const uids = wanted.get(row.entity) ?? [];
      uids.push(row.uid);
      wanted.set(row.entity, uids);
    }
    const built = new Map<string, Map<string, string>>();
    for (const [entity, uids] of wanted) {
      const records = this.recordStatement(entity).all(JSON.stringify(uids)) as [string, string][];
      built.set(entity, new Map(records));
    }
    return rows.map((row) => {
      const json = row.op === 'delete' ? undefined : built.get(row.entity)!.get(row.uid);
      // Gone without a delete being queued (removed while the outbox was paused): send the delete.
      return json === undefined ? { ...row, op: 'delete', json: null } : { ...row, json };
    });
  }

  private recordStatement(entity: string): Database.Statement {
    let statement = this.records.get(entity);
    if (!statement) {
      statement = this.sql
        .prepare(
          `SELECT u."value", ${recordJsonSql(this.sql, entity)} FROM json_each(?) u JOIN "${entity}" r0 ON r0."uid" = u."value"`,
        )
        .raw();
      this.records.set(entity, statement);
    }
    return statement;
  }
}
