import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // TypeORM entities use legacy decorators; Vite's transformer needs to be told.
  oxc: { decorator: { legacy: true } },
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          // Two files at a time even on two cores: much of a file's time is spent waiting on
          // PostgreSQL, S3, child processes and threads, which then overlap.
          maxWorkers: 2,
          // A suite's setup opens a fresh file through every migration, slow on a loaded machine.
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Two files at a time: a browser test mostly waits on its own host (demo loads, jobs, threads).
          maxWorkers: 2,
        },
      },
    ],
  },
});
