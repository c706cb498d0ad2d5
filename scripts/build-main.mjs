import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process, its worker threads and the preload into dist/electron as
 * CommonJS, the format Electron loads a sandboxed preload in.
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

/**
 * CommonJS has no import.meta; the main process finds its worker bundle beside itself through
 * import.meta.url (electron/workers/locate.ts), so it is made the bundle's own file URL.
 */
const fileUrlOfBundle = {
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
};

/** Builds the bundles into `outdir` and returns their esbuild metafiles. */
export async function buildMain(outdir = path.join(root, 'dist', 'electron')) {
  const [main, worker, preload] = await Promise.all([
    build({
      ...shared,
      ...fileUrlOfBundle,
      entryPoints: [path.join(root, 'electron', 'main.ts')],
      outfile: path.join(outdir, 'main.cjs'),
      external: mainExternals,
    }),
    // Reader and job threads: started by the main bundle from beside it.
    build({
      ...shared,
      ...fileUrlOfBundle,
      entryPoints: [path.join(root, 'electron', 'workers', 'entry.ts')],
      outfile: path.join(outdir, 'worker.cjs'),
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
  return { main: main.metafile, worker: worker.metafile, preload: preload.metafile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // esbuild has already printed what failed; a stack trace of the build call would add nothing.
  await buildMain().catch(() => {
    process.exitCode = 1;
  });
}
