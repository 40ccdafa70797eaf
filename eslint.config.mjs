import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next's recommended rules (React, hooks, accessibility, Core Web Vitals) and its TypeScript
// rules. Formatting is Prettier's job (package.json "prettier"), not ESLint's.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks what is left out on purpose (const { show: _show, ...rest }).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  globalIgnores(['.next/**', 'public/islands/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
]);
