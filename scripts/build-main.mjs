import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process and the preload into dist/electron as CommonJS, the format
 * Electron loads a sandboxed preload in.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { dependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // experimentalDecorators for the TypeORM entities.
  tsconfig: path.join(root, 'tsconfig.json'),
  // TypeORM reads class names (entities, migrations); bundling must not rename them.
  keepNames: true,
  metafile: true,
  logLevel: 'warning',
};

/**
 * The runtime dependencies stay in node_modules, where electron-builder packages them and rebuilds
 * better-sqlite3 for Electron; keeping typeorm external also keeps its optional drivers out.
 */
const mainExternals = ['electron', ...Object.keys(dependencies)];

/** Builds both bundles into `outdir` and returns their esbuild metafiles. */
export async function buildMain(outdir = path.join(root, 'dist', 'electron')) {
  const [main, preload] = await Promise.all([
    build({
      ...shared,
      entryPoints: [path.join(root, 'electron', 'main.ts')],
      outfile: path.join(outdir, 'main.cjs'),
      external: mainExternals,
    }),
    // A sandboxed preload can require nothing but 'electron', so everything else is bundled in.
    build({
      ...shared,
      entryPoints: [path.join(root, 'electron', 'preload.ts')],
      outfile: path.join(outdir, 'preload.cjs'),
      external: ['electron'],
    }),
  ]);
  return { main: main.metafile, preload: preload.metafile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // esbuild has already printed what failed; a stack trace of the build call would add nothing.
  await buildMain().catch(() => {
    process.exitCode = 1;
  });
}
