// ESLint (flat config): the recommended rules of ESLint, typescript-eslint (type-aware for .ts
// files, through TypeScript's project service) and eslint-plugin-astro. `npm run lint` runs it
// with the format check and the type-check; `npx eslint --fix FILE` fixes what it can.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Built output, caches, and fixtures that are wrong or foreign on purpose.
  globalIgnores([
    'dist/',
    '.astro/',
    'node_modules/',
    'test-results/',
    '.build-cache/',
    'tmp/',
    'tests/fixtures/',
    'public/admin/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // `const { source: _source, ...rest } = data` leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  astro.configs.recommended,
  {
    // TypeScript's project service cannot read .astro files or the scripts inside them: the
    // type-aware rules stay off there (`astro check` type-checks them).
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Vitest's asymmetric matchers (expect.any(), expect.stringContaining(), ...) are typed
    // `any` by design, and tests put them inside the objects they compare.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Code that runs in the browser.
    files: ['src/scripts/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
