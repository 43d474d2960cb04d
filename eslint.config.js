// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'url',
  'util',
  'stream',
  'zlib',
  'events',
  'buffer',
  'http',
  'https',
  'net',
];

/** Rooms and what they may not import (VS Code's layering, as a lint rule). */
const core = {
  patterns: [
    { group: NODE_BUILTINS, message: 'src/core is pure: no node built-ins.' },
    { group: ['electron', 'electron/*'], message: 'src/core is pure: no electron.' },
    {
      group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
      message: 'src/core is pure: no react.',
    },
    { group: ['lowdb', 'lowdb/*'], message: 'src/core is pure: no lowdb.' },
    {
      group: [
        '**/main/**',
        '**/renderer/**',
        '**/cli/**',
        '**/preload/**',
        '**/shared/**',
        '**/bridge/**',
      ],
      message: 'src/core imports nothing but core.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out', 'dist', 'node_modules', 'coverage', 'test-output', 'resources', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', core] },
  },
  {
    files: ['src/main/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/cli/**', 'react', 'react-dom'],
              message: 'main and shared never import the renderer or the CLI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/cli/**', 'lowdb', 'lowdb/*'],
              message: 'preload only exposes the shared contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/cli/**', '**/bridge/**', 'electron', 'lowdb', 'lowdb/*'],
              message: 'the renderer reaches main only through the contract.',
            },
            { group: NODE_BUILTINS, message: 'the renderer has no node built-ins.' },
          ],
        },
      ],
    },
  },
);
