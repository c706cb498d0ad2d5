import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileArea } from '../../../electron/files/file-area';
import { safeFileName } from '../../../electron/files/file-name';
import { TestClock } from '../../helpers/clock';

const HOUR = 60 * 60_000;
let root: string | null = null;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

function area(clock = new TestClock(new Date())): FileArea {
  root = mkdtempSync(join(tmpdir(), 'backroom-files-'));
  return new FileArea(root, clock, { maxUploadBytes: 100 });
}

function folder(): string {
  if (!root) throw new Error('No files area yet.');
  return root;
}

describe('files area', () => {
  it('names files by their last path part, without characters file systems refuse', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\ana\\Ventes 2026.xlsx')).toBe('Ventes 2026.xlsx');
    expect(safeFileName('a<b>:"c|?*.csv')).toBe('abc.csv');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('x'.repeat(300))).toHaveLength(200);
  });

  it('lets a job write an output its owner can then read, in pieces', () => {
    const files = area();
    const output = files.createOutput(7, 'report.csv');
    writeFileSync(output.path, 'id,total\n1,250\n');
    expect(files.get(7, output.fileId).size).toBe(15);
    expect(files.read(7, output.fileId, 9, 100).toString()).toBe('1,250\n');
    expect(() => files.read(8, output.fileId, 0, 10)).toThrow(/no such file/);
    expect(files.list(7)).toMatchObject([{ fileId: output.fileId, name: 'report.csv', size: 15, kind: 'output' }]);
    files.remove(7, output.fileId);
    expect(() => files.get(7, output.fileId)).toThrow(/no such file/);
  });

  it('sweeps old files, abandoned uploads and leftovers, and keeps the rest', () => {
    const clock = new TestClock(new Date());
    const files = area(clock);
    const abandoned = files.beginUpload(1, 'half.csv', 50);
    files.appendUpload(1, abandoned, 0, Buffer.from('partial'));
    writeFileSync(join(folder(), 'leftover.tmp'), 'x');
    clock.advanceMinutes(25 * 60);
    const fresh = files.createOutput(1, 'fresh.csv');
    expect(files.sweep(24 * HOUR)).toBe(2);
    expect(readdirSync(folder()).sort()).toEqual([`${fresh.fileId}.data`, `${fresh.fileId}.json`]);
    expect(() => files.appendUpload(1, abandoned, 7, Buffer.from('more'))).toThrow(/no such file/);
  });

  it('refuses an upload past its limit', () => {
    const files = area();
    expect(() => files.beginUpload(1, 'big.csv', 101)).toThrow(/at most 100 bytes/);
  });
});
