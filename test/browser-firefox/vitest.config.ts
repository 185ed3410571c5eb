import { defineConfig } from 'vitest/config';

// Firefox browser tests: Node drives Debian firefox-esr with the built firefox-mv3 extension through puppeteer-core
// (WebDriver BiDi). One file, one browser, no parallelism: two cores in CI.
export default defineConfig({
  test: {
    include: ['test/browser-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
