import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../database/data-source';
import { buildMain } from '../../../scripts/build-main.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outdir = mkdtempSync(path.join(os.tmpdir(), 'backroom-bundle-'));
let bundles: { main: Metafile; worker: Metafile; preload: Metafile };

beforeAll(async () => {
  bundles = await buildMain(outdir);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Packages a bundle leaves to require() at run time, Node built-ins aside. */
function externalPackages(metafile: Metafile): string[] {
  const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
  const names = imports.filter((entry) => entry.external).map((entry) => packageName(entry.path));
  return [...new Set(names)].filter((name) => !name.startsWith('node:') && !builtinModules.includes(name)).sort();
}

function bundledInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs);
}

describe('scripts/build-main.mjs', () => {
  it('writes main.cjs, worker.cjs and preload.cjs where package.json and main.ts expect them', () => {
    expect(existsSync(path.join(outdir, 'main.cjs'))).toBe(true);
    expect(existsSync(path.join(outdir, 'worker.cjs'))).toBe(true);
    expect(existsSync(path.join(outdir, 'preload.cjs'))).toBe(true);
  });

  it('bundles a preload that requires nothing but electron, as the sandbox demands', () => {
    expect(externalPackages(bundles.preload)).toEqual(['electron']);
    expect(readFileSync(path.join(outdir, 'preload.cjs'), 'utf8')).not.toMatch(/require\("(?!electron")/);
  });

  it('leaves electron and the runtime dependencies to node_modules and bundles the rest', () => {
    const { dependencies } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const allowed = new Set(['electron', ...Object.keys(dependencies)]);
    const externals = externalPackages(bundles.main);
    expect(externals).toContain('electron');
    expect(externals).toContain('typeorm');
    expect(externals.filter((name) => !allowed.has(name))).toEqual([]);
    expect(
      bundledInputs(bundles.main).filter((input) => /node_modules\/(typeorm|better-sqlite3)\//.test(input)),
    ).toEqual([]);
  });

  it('bundles the worker threads from electron/workers/entry.ts, leaving the same packages to node_modules', () => {
    expect(bundledInputs(bundles.worker)).toContain('electron/workers/entry.ts');
    expect(bundledInputs(bundles.worker)).toContain('electron/workers/reader.ts');
    const { dependencies } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const externals = externalPackages(bundles.worker);
    expect(externals).toContain('typeorm');
    // Job threads import and export spreadsheets: exceljs stays a runtime dependency like the rest.
    expect(externals.filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('runs: a reader thread from worker.cjs answers on a read-only connection, as the bundled main starts it', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'backroom-bundle-worker-'));
    try {
      const databasePath = path.join(folder, 'backroom.sqlite');
      await (await openDatabase(databasePath)).destroy();
      // The same start as electron/workers/locate.ts in the bundle: an eval'd require of worker.cjs.
      const script = `
        const { Worker } = require('node:worker_threads');
        const worker = new Worker('require(' + JSON.stringify(process.argv[1]) + ');', {
          eval: true,
          workerData: { role: 'reader', databasePath: process.argv[2] },
        });
        const replies = [];
        worker.on('message', (reply) => {
          replies.push(reply);
          if (replies.length === 2) {
            process.stdout.write(JSON.stringify(replies));
            void worker.terminate();
          }
        });
        worker.postMessage({ id: 1, task: { kind: "query", sql: "SELECT COUNT(*) AS jobs FROM jobs", params: [] } });
        worker.postMessage({ id: 2, task: { kind: "query", sql: "DELETE FROM roles RETURNING code", params: [] } });`;
      const output = execFileSync(process.execPath, ['-e', script, path.join(outdir, 'worker.cjs'), databasePath], {
        env: { ...process.env, NODE_PATH: path.join(repoRoot, 'node_modules') },
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).toEqual([
        { id: 1, ok: true, value: [{ jobs: 0 }] },
        { id: 2, ok: false, error: { expected: false, message: expect.stringMatching(/readonly/i) } },
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('bundles the main process from electron/main.ts', () => {
    expect(bundledInputs(bundles.main)).toContain('electron/main.ts');
    expect(bundledInputs(bundles.main)).toContain('electron/host/app.ts');
  });

  it('runs: the bundled main process opens the database and answers IPC under a stand-in Electron', () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'backroom-bundle-data-'));
    try {
      const standIn = path.join(repoRoot, 'test', 'fixtures', 'electron-stand-in.cjs');
      const output = execFileSync(process.execPath, ['-r', standIn, path.join(outdir, 'main.cjs')], {
        // The bundle sits in a temporary folder; its external packages come from the repository.
        env: {
          ...process.env,
          NODE_PATH: path.join(repoRoot, 'node_modules'),
          STAND_IN_USER_DATA: userData,
          STAND_IN_APP_PATH: '/app',
          BACKROOM_DB: '',
        },
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).toEqual({
        url: pathToFileURL('/app/dist/renderer/index.html').href,
        preload: path.join('/app', 'dist', 'electron', 'preload.cjs'),
        answer: { ok: false, error: expect.objectContaining({ code: 'UNKNOWN_CHANNEL' }) },
        databaseExists: true,
      });
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
