// Conventions are checks, not prose: import direction and kebab-case file names are enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';

const noImport = (patterns, message, paths = []) => ({
  'no-restricted-imports': [
    'error',
    { patterns: patterns.map((group) => ({ group: [group], message })), paths },
  ],
});

// Classic zod's method-chaining API cannot be tree-shaken (~25 kB gzip in the browser); the contract and the
// SPA use the functional `zod/mini` (same core, same messages). The Node-only BFF and emulator may use either.
const classicZod = ['zod', 'zod/v4', 'zod/v4/classic'].map((name) => ({
  name,
  message: "Import from 'zod/mini': classic zod must not reach the browser bundle.",
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'src/app/route-tree.gen.ts',
      'test-results',
      'playwright-report',
      '.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/contract/**'],
    rules: noImport(
      ['**/app/**', '**/server/**', '**/emulator/**', 'react', 'hono', 'hono/*', '@duckdb/*'],
      'src/contract imports nothing but zod/mini and date-fns.',
      classicZod,
    ),
  },
  {
    files: ['src/app/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...noImport(
        ['**/server/**', '**/emulator/**', 'hono', 'hono/*', '@duckdb/*', 'node:*'],
        'The SPA never imports server or emulator code.',
        classicZod,
      ),
    },
  },
  {
    files: ['src/server/**'],
    rules: noImport(['**/app/**'], 'The BFF never imports SPA code.'),
  },
  {
    files: ['src/emulator/**'],
    rules: noImport(
      ['**/app/**', '**/server/**'],
      'The emulator stands alone: it imports only src/contract.',
    ),
  },
);
