import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['tests/setup/fast-check.ts'],
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
