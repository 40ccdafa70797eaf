import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; the loader is plain Node in tests.
      'server-only': path.resolve(import.meta.dirname, 'tests/unit/server-only.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    server: { deps: { inline: ['next-intl'] } },
  },
});
