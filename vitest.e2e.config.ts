import { defineConfig } from 'vitest/config'

// End-to-end: the built app through the browser host in Debian's Chromium. One file at a time:
// each starts its own host and browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
