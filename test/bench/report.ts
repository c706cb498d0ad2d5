import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import type { BenchFigure } from './suite';

export interface SuiteFigure extends BenchFigure {
  suite: string;
}

export function machineInfo(sqliteVersion: string) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    sqlite: sqliteVersion,
  };
}

/** Every figure as a fixed-width table: suite, name, value, unit, and baseline and ratio when measured. */
export function formatTable(figures: readonly SuiteFigure[]): string {
  const rows = [
    ['suite', 'name', 'value', 'unit', 'baseline', 'ratio'],
    ...figures.map((f) => [
      f.suite,
      f.name,
      formatNumber(f.value),
      f.unit,
      f.baseline === undefined ? '' : formatNumber(f.baseline),
      f.ratio === undefined ? '' : `${formatNumber(f.ratio)}x`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const numeric = new Set([2, 4, 5]);
  const line = (row: string[]) =>
    row
      .map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line), ''].join(
    '\n',
  );
}

export function writeResults(path: string, report: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** Three significant digits, whatever the magnitude: 0.0123, 1.23, 123, 12300. */
function formatNumber(value: number): string {
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 6));
}
