import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url'];

// The layers. The engine imports nothing outside itself; contract/ only the engine's public
// entry; renderer, electron and cli reach the engine only through sim-engine/index.ts;
// electron never imports renderer (they meet in contract/). Tests may reach further.
const engineInternals = {
  group: ['**/sim-engine/*', '!**/sim-engine/index', '!**/sim-engine/index.ts'],
  message: 'Import the engine only through sim-engine/index.ts.',
};
// The engine's second entry, sim-engine/grader.ts, carries the answer grader and its 3.6 MB
// language model. Only the CLI and the app's grading worker (and tests) may import it, so the
// app's page bundle never holds the model.
const graderEntries = ['!**/sim-engine/grader', '!**/sim-engine/grader.ts'];
const engineInternalsOrGrader = {
  group: [...engineInternals.group, ...graderEntries],
  message: 'Import the engine only through sim-engine/index.ts (the grader: sim-engine/grader.ts).',
};
const graderFiles = [
  'renderer/src/engine/grading.worker.ts',
  'renderer/src/testing/**',
  'renderer/**/*.test.{ts,tsx}',
];

/** The desktop shell's and the CLI's import rule; `engine` says which engine entries they reach. */
function shellImports(engine) {
  return [
    'error',
    {
      patterns: [
        {
          group: ['**/renderer/**'],
          message: 'The shell and the CLI never import the renderer; share through contract/.',
        },
        engine,
      ],
    },
  ];
}

/** The renderer's import rule; `engine` says which engine entries it may reach. */
function rendererImports(engine) {
  return [
    'error',
    {
      patterns: [
        {
          group: ['electron', ...nodeBuiltins],
          message: 'The renderer reaches the desktop only through its Platform.',
        },
        {
          group: ['**/electron/**', '**/cli/**'],
          message: 'The renderer imports only the engine, the contract and itself.',
        },
        engine,
      ],
    },
  ];
}

/** For a file `depth` folders below sim-engine/, a relative import that climbs out of it. */
function engineEscapes(depth) {
  return {
    files: [`sim-engine/${'*/'.repeat(depth)}*.ts`],
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
              regex: `^(\\.\\./){${depth + 1},}`,
              message: 'sim-engine imports nothing outside itself.',
            },
          ],
        },
      ],
    },
  };
}

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
  ...[0, 1, 2, 3, 4].map(engineEscapes),
  {
    // The engine is pure: it runs unchanged in a Web Worker, the CLI and tests.
    files: ['sim-engine/**/*.ts'],
    ignores: ['sim-engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Date', 'performance'],
    },
  },
  {
    // The contract is shared by every side: pure TypeScript over the engine's public entry.
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', ...nodeBuiltins],
              message: 'contract/ is pure.',
            },
            {
              group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
              message: 'contract/ imports only the engine’s public entry.',
            },
            engineInternals,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': shellImports(engineInternals) },
  },
  {
    files: ['cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': shellImports(engineInternalsOrGrader) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': rendererImports(engineInternals),
    },
  },
  {
    files: graderFiles,
    rules: { 'no-restricted-imports': rendererImports(engineInternalsOrGrader) },
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
