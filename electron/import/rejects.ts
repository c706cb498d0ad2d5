import { closeSync, openSync, writeSync } from 'node:fs';
import type { RowProblem } from './writer';

const FLUSH_BYTES = 64 * 1024;

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * The rejected rows as a CSV a person can fix and import again: the file's own columns as read,
 * then the row number, the column(s), value(s) and reason(s) of its problems. UTF-8 with a BOM so
 * Excel reads accents; written as it goes, so memory does not grow with the number of rejects.
 */
export class RejectsFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private readonly width: number;
  rows = 0;

  constructor(path: string, header: readonly string[]) {
    this.width = header.length;
    this.fd = openSync(path, 'w');
    this.pending.push('\uFEFF');
    this.line([...header, 'row', 'column', 'value', 'reason']);
  }

  add(rowNumber: number, cells: readonly string[], problems: readonly RowProblem[]): void {
    const join = (pick: (problem: RowProblem) => string | null) =>
      problems.map((problem) => pick(problem) ?? '').join('; ');
    // A short row is padded so the row, column, value and reason stay under their headings.
    const padded = cells.length < this.width ? [...cells, ...Array<string>(this.width - cells.length).fill('')] : cells;
    this.line([
      ...padded,
      String(rowNumber),
      join((problem) => problem.column),
      join((problem) => problem.value),
      join((problem) => problem.reason),
    ]);
    this.rows += 1;
  }

  private line(cells: readonly string[]): void {
    const text = `${cells.map(quote).join(',')}\r\n`;
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
