import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Draw from a seeded stream instead.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'cli/**', 'electron/**', 'test/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The engine is pure: it runs unchanged in a Web Worker, the CLI and tests.
    files: ['sim-engine/**/*.ts'],
    ignores: ['sim-engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'sim-engine must not use Node APIs.' },
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'd3', 'd3-*'],
              message: 'sim-engine has no UI.',
            },
            { group: ['electron'], message: 'sim-engine has no desktop shell.' },
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
              message: 'sim-engine imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Date', 'performance'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the desktop only through its Platform.',
            },
            {
              group: ['**/electron/**', '**/cli/**'],
              message: 'The renderer imports only the engine and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the platform module may touch the desktop bridge on window.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'canaryDesktop',
          message: 'Use the Platform from renderer/src/platform.',
        },
        { object: 'Math', property: 'random', message: 'Draw from a seeded stream instead.' },
      ],
    },
  },
);
