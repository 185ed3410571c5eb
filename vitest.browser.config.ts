import { defineConfig } from 'vitest/config';

// Browser tests: Node drives Debian Chromium with the built extension through playwright-core.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false, // two cores: one Chromium at a time
    pool: 'forks',
  },
});
