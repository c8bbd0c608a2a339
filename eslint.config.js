// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro; Prettier owns
// the layout of everything but .astro files (eslint-config-prettier turns off the rules it would
// fight), and max-len holds every line of code, .astro files included, to 120 characters.
// Run by `npm run lint` (part of `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'test-results/',
      'bench-results/',
      'node_modules/',
      '.astro/',
      'data/',
      'public/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The importer strips and detects control characters, and tests look for them: on purpose.
      'no-control-regex': 'off',
    },
  },
  prettier,
  {
    // After eslint-config-prettier, which turns max-len off: Prettier wraps code at 120 but not
    // strings, comments or .astro templates, so this rule holds those.
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
    },
  },
);
