import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_FOLDERS = ['shared', 'database', 'electron', 'renderer', 'test', 'scripts'];
const CONTRACT = 'shared/contract/';

/** Every source file, by its path from the project root. */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of SOURCE_FOLDERS)
    for (const name of readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }))
      if (/\.(ts|tsx|mjs)$/.test(name)) {
        const path = join(ROOT, folder, name);
        files.set(relative(ROOT, path).replaceAll('\\', '/'), readFileSync(path, 'utf8'));
      }
  return files;
}

/**
 * The values the contract exports that no code names: not another file, nor the rest of its own.
 * Types are left out; the contract exports `z.input` types beside their schemas by habit.
 */
function unusedContractValues(files: Map<string, string>): string[] {
  const unused: string[] = [];
  for (const [path, text] of files) {
    if (!path.startsWith(CONTRACT)) continue;
    for (const [, name] of text.matchAll(/^export (?:const|function|class) (\w+)/gm)) {
      const word = new RegExp(`\\b${name}\\b`, 'g');
      const used = [...files].some(([other, body]) => (body.match(word)?.length ?? 0) > (other === path ? 1 : 0));
      if (!used) unused.push(`${path}: ${name}`);
    }
  }
  return unused;
}

describe('the contract', () => {
  it('exports no value that nothing uses', () => {
    expect(unusedContractValues(sources())).toEqual([]);
  });

  it('would name one (the check is real)', () => {
    const files = new Map([
      [`${CONTRACT}things.ts`, 'export const thing = 1;\nexport const lonely = 2;\nexport const pair = [thing];\n'],
      ['electron/uses-pair.ts', "import { pair } from '../shared/contract/things';\n"],
    ]);
    expect(unusedContractValues(files)).toEqual([`${CONTRACT}things.ts: lonely`]);
  });
});
