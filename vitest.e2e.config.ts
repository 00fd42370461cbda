import { defineConfig } from 'vitest/config'

// End-to-end: the built app through the browser host in Debian's Chromium. One file at a time:
// each starts its own host and browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for the app (an autosave, a refreshed list), not for a speed target: on a
    // loaded machine one second is not enough. Speed targets live in tests/bench.
    expect: { poll: { timeout: 10_000 } }
  }
})
