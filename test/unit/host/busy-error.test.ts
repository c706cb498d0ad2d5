import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { savingInProgress, toAppError } from '../../../electron/host/database-errors';

describe('a busy file in the error codes', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  /** What SQLite throws at a writer while another connection holds the write lock. */
  function busyError(): unknown {
    const folder = mkdtempSync(join(tmpdir(), 'backroom-busy-'));
    folders.push(folder);
    const path = join(folder, 'busy.sqlite');
    const holder = new Database(path);
    const writer = new Database(path);
    try {
      holder.pragma('journal_mode = WAL');
      holder.exec('CREATE TABLE t (x INTEGER)');
      writer.pragma('busy_timeout = 0');
      holder.exec('BEGIN IMMEDIATE');
      try {
        writer.exec('BEGIN IMMEDIATE');
      } catch (error) {
        return error;
      } finally {
        holder.exec('ROLLBACK');
      }
      throw new Error('The second writer was not refused');
    } finally {
      writer.close();
      holder.close();
    }
  }

  it('maps SQLITE_BUSY to SAVING_IN_PROGRESS, never INTERNAL', () => {
    const error = busyError();
    expect(error).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(toAppError(error)?.toPayload()).toEqual({
      code: 'SAVING_IN_PROGRESS',
      message: 'Backroom is busy saving other work. Nothing was changed; try again in a moment.',
    });
  });

  it('names the job and, when its progress knows it, about how long is left', () => {
    expect(savingInProgress({ kind: 'import', etaSeconds: 130 }).message).toBe(
      'Backroom is saving an import (about 3 minutes left). Nothing was changed; try again then.',
    );
    expect(savingInProgress({ kind: 'import', etaSeconds: 12.4 }).message).toBe(
      'Backroom is saving an import (about 15 seconds left). Nothing was changed; try again then.',
    );
    expect(savingInProgress({ kind: 'demo.load', etaSeconds: null }).message).toBe(
      'Backroom is saving the demo data. Nothing was changed; try again once it has finished.',
    );
  });
});
