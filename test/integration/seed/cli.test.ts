import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'backroom-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function backroom(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'electron/cli/main.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run backroom', () => {
  it('seeds a new file with the demo data and prints a summary', () => {
    const file = join(folder, 'nested', 'demo.sqlite');
    const { code, out } = backroom('seed', '--scale', 'demo', '--db', file);
    expect(code).toBe(0);
    expect(out).toMatch(
      /Seeded in .+: 3 stores, 13 staff, 2,000 products, 5,000 customers, 20,000 orders, [\d,]+ order lines\./,
    );
    expect(out).toContain(file);

    const again = backroom('seed', '--db', file);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already has products');
  }, 180_000);

  it('exits with 2 and says why on an unknown command or a bad flag', () => {
    const unknown = backroom('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command "frobnicate"');

    const badFlag = backroom('seed', '--scale', 'huge', '--db', join(folder, 'unused.sqlite'));
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain('--scale must be one of demo|large');

    const unknownFlag = backroom('seed', '--colour');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.err).toContain("Unknown option '--colour'");
  }, 30_000);

  it('lists its commands with --help', () => {
    const { code, out } = backroom('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/Commands:\n\s+seed\s/);
  }, 30_000);
});
