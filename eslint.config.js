import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'public/data',
      'scripts/tmp',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only the app has React hooks; Playwright fixtures' `use` is not one.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Data, geometry, text, place-finding, search and view models run in Node and the
    // browser alike: no React, no Leaflet. (Which of our folders each may import is the
    // dependency rule's: scripts/dependencyRule.ts, tested in npm test.)
    files: [
      'src/data/**',
      'src/geo/**',
      'src/text/**',
      'src/places/**',
      'src/search/**',
      'src/view/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'leaflet', '../map/*', '../ui/*'] },
      ],
    },
  },
);
