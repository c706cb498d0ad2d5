import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The thread's whole program: one check pragma on a database file, read-only, answered with its
 * simple result or the error's message. It loads the same better-sqlite3 the app loads (by path),
 * so it runs from this string in the bundled app as in tests, with no file of its own to ship.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let sql;
try {
  sql = new Database(workerData.path, { readonly: true, fileMustExist: true });
  parentPort.postMessage({ result: String(sql.pragma(workerData.pragma, { simple: true })) });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message) });
} finally {
  if (sql) sql.close();
}
`;

export type CheckPragma = 'quick_check' | 'integrity_check';

/**
 * Runs SQLite's quick_check or integrity_check on a file on a thread of its own, so the thread
 * that asked can count rows meanwhile. Resolves to the pragma's answer ('ok' when sound).
 */
export function checkOnThread(path: string, pragma: CheckPragma): Promise<string> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(PROGRAM, { eval: true, workerData: { driver, path, pragma } });
  return new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { result?: string; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.result ?? '');
    });
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('The check thread ended without an answer.')));
  });
}
