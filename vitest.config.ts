import { defineConfig } from 'vitest/config'

// Unit and integration tests: real files in temp folders, real child processes; no browser.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/electron/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000
  }
})
