import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint rules, and the layering of STYLE.md as import rules so the architecture cannot rot:
 * shared/ is pure, database/ is Node without Electron, renderer/ never reaches Node, Electron or
 * the database, and only three thin files in electron/ may import 'electron'.
 */
const nodeBuiltins = { group: ['node:*'], message: 'This layer runs on every side; Node modules are not available.' };
const electronOnly = { name: 'electron', message: 'Only electron/main.ts, preload.ts and ipc.ts import electron.' };
const databaseDrivers = ['typeorm', 'better-sqlite3'].map((name) => ({
  name,
  message: 'The database is reached through the dispatcher, not from this layer.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...databaseDrivers, { name: 'react', message: 'shared/ has no UI.' }],
          patterns: [
            nodeBuiltins,
            { group: ['**/database/**', '**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing.' },
          ],
        },
      ],
    },
  },
  {
    files: ['database/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'database/ never imports the app or the UI.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...databaseDrivers],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/database/**', '**/electron/**'],
              message: 'The renderer talks to the main side only through the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [{ group: ['**/renderer/**'], message: 'The main side never imports the UI.' }],
        },
      ],
    },
  },
);
