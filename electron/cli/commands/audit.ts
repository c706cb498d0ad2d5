import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../../services/audit/verify-chain';
import { UsageError, type CliCommand, type CliIO } from '../command';

/**
 * Checks the audit trail's chain of hashes: every row linked to the one before it and unchanged
 * since it was written. Reads one snapshot; the app can stay open. Exit code 1 when it is broken.
 *
 * The file is opened read-only and never migrated: checking a backup or an older file must leave
 * it as it was, and migrating a file from before the chain would chain whatever rows it holds,
 * edited or not, and call them intact.
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Check that the audit trail is intact (no row changed, removed or moved)',
  arguments: '<verify>',
  options: {},
  optionHelp: [],
  notes: [
    'Prints the first broken row and why (hash mismatch, prev_hash mismatch or gap); exit code 1 if there is one.',
    'Only reads the file: one from before the audit chain is refused (exit code 2) until Backroom has opened it.',
  ],
  async run(_values, { databasePath, io, args }) {
    const [action, ...extra] = args;
    if (action !== 'verify' || extra.length > 0) throw new UsageError('The only action is "verify".');
    if (!existsSync(databasePath)) return refuse(io, `There is no database file at ${databasePath}.`);
    const sql = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      sql.pragma('busy_timeout = 5000');
      const columns = (sql.pragma('table_info("audit_log")') as { name: string }[]).map((column) => column.name);
      if (columns.length === 0) return refuse(io, `${databasePath} has no audit trail: it is not a Backroom database.`);
      if (!columns.includes('row_hash'))
        return refuse(io, `${databasePath}: this file predates the audit chain; open it in Backroom first.`);
      const report = verifyAuditChain(sql);
      if (report.status === 'intact') {
        io.out.write(`audit trail intact: ${report.rows} rows\n`);
        return 0;
      }
      io.out.write(
        `audit trail broken at row ${report.brokenId} (${report.reason}): ${report.message} ` +
          `The ${report.rows} rows before it are intact.\n`,
      );
      return 1;
    } finally {
      sql.close();
    }
  },
};

/** A file this check cannot read: the same exit code as a wrong command line, since --db names it. */
function refuse(io: CliIO, message: string): number {
  io.err.write(`backroom audit: ${message}\n`);
  return 2;
}
